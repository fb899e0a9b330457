import { driParametersRequest } from '@automation-engine/contracts/dri';
import { findTaskId } from '../task-flow/find-task-id.js';
import { pollTask } from '../task-flow/poll-task.js';
import { defineHandler } from './define-handler.js';

/**
 * `dri.parameters.request`: the serial's task (remembered, pending or new), polled until done
 * within the bridge's bounded wait; replies `{Name: Value}`.
 */
export const getDeviceParameters = defineHandler(driParametersRequest, async (body, context) => {
  const serial = body.serial_number;
  const taskId = await findTaskId(context, serial, body.parameter_set);
  context.logger.debug({ serial, taskId }, 'polling dri task');
  const parameters = await pollTask(context, serial, taskId);
  return {
    status: 200,
    body: Object.fromEntries(parameters.map((parameter) => [parameter.Name, parameter.Value])),
  };
});
