import { EngineError } from '@automation-engine/contracts';
import type { DriParameter } from '@automation-engine/vendor-apis';
import type { DriApi } from '../dri-client/dri-client.js';
import type { TaskIdCache } from './task-id-cache.js';

export interface PollDeps {
  readonly dri: DriApi;
  readonly taskIds: TaskIdCache;
  readonly pollIntervalMs: number;
  readonly maxWaitMs: number;
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
}

/**
 * Step 2 (spec/bridges.md §7), bounded: polls R3 until the task is done, rejected or failed, or
 * until the next poll would pass `maxWaitMs`. Then still pending → 204 "Data is still being
 * fetched…" with the task kept, so the caller's next request resumes it.
 */
export async function pollTask(
  deps: PollDeps,
  serial: string,
  taskId: number,
): Promise<DriParameter[]> {
  const deadline = deps.now() + deps.maxWaitMs;
  for (;;) {
    const parameters = await pollOnce(deps, serial, taskId);
    if (parameters !== undefined) return parameters;
    if (deps.now() + deps.pollIntervalMs > deadline) {
      throw new EngineError(
        'UNAVAILABLE',
        `Data is still being fetched from DRI for serial ${serial}`,
        {
          status: 204,
        },
      );
    }
    await deps.sleep(deps.pollIntervalMs);
  }
}

/** One R3 call: the parameters when done, `undefined` while pending; failures thrown. */
async function pollOnce(
  deps: PollDeps,
  serial: string,
  taskId: number,
): Promise<DriParameter[] | undefined> {
  let result;
  try {
    result = await deps.dri.taskResult(serial, taskId);
  } catch (error) {
    if (!(error instanceof EngineError) || error.status !== 401) deps.taskIds.delete(serial);
    throw error;
  }
  if (result.status !== 'SUCCESS') {
    deps.taskIds.delete(serial);
    throw new EngineError('BAD_REQUEST', `Failed to retrieve data from DRI for serial ${serial}`);
  }
  switch (result.data.Message) {
    case 'Pending':
      return undefined;
    case 'Rejected':
      deps.taskIds.delete(serial);
      throw new EngineError('FORBIDDEN', `DRI task was rejected for serial ${serial}`);
    case '':
      return result.data.Parameters;
  }
}
