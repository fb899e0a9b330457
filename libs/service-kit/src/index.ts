export {
  runService,
  type RunningService,
  type RunOptions,
  type ServiceDefinition,
  type ServiceKit,
} from './run-service.js';
export {
  baseServiceEnv,
  type BaseServiceConfig,
  LOG_LEVELS,
  natsCredentials,
  serviceEnvSchema,
} from './service-env.js';
