export {
  driParametersRequest,
  driParameterSetBody,
  type DriParameterSetBody,
  driParameterValues,
  type DriParameterValues,
} from './dri-parameters.js';
