import { EngineError } from '@automation-engine/contracts';
import type { DriParameterSet } from '@automation-engine/vendor-apis';
import type { DriApi } from '../dri-client/dri-client.js';
import type { TaskIdCache } from './task-id-cache.js';

/**
 * Step 1 of the flow (spec/bridges.md §7): the remembered task of the serial, else the highest
 * pending one (R1), else a new task (R2). The id found is remembered.
 */
export async function findTaskId(
  deps: { dri: DriApi; taskIds: TaskIdCache },
  serial: string,
  parameterSet: DriParameterSet,
): Promise<number> {
  const remembered = deps.taskIds.get(serial);
  if (remembered !== undefined) return remembered;
  const pending = await deps.dri.pendingTasks(serial);
  if (pending.status !== 'SUCCESS') {
    throw new EngineError('BAD_REQUEST', pending.message, { body: pending });
  }
  const ids = pending.data.Transactions.map((task) => task.Id);
  const id = ids.length > 0 ? Math.max(...ids) : await startTask(deps.dri, serial, parameterSet);
  deps.taskIds.set(serial, id);
  return id;
}

async function startTask(
  dri: DriApi,
  serial: string,
  parameterSet: DriParameterSet,
): Promise<number> {
  let started;
  try {
    started = await dri.startTask(serial, parameterSet);
  } catch (error) {
    if (error instanceof EngineError && error.status === 504) {
      throw new EngineError('TIMEOUT', `Getting task_id of ${serial} timed out`, {
        status: 504,
        cause: error,
      });
    }
    throw error;
  }
  if (started.status !== 'SUCCESS') {
    throw new EngineError('BAD_REQUEST', started.message, { body: started });
  }
  return started.data.Id;
}
