import { EngineError, formatIssues } from '@automation-engine/contracts';
import {
  type DriParameterSet,
  driPaths,
  driTaskIdResponse,
  driTaskPendingResponse,
  driTaskResultResponse,
  type DriTaskIdResponse,
  type DriTaskPendingResponse,
  type DriTaskResultResponse,
} from '@automation-engine/vendor-apis';
import type { AxiosInstance } from 'axios';
import type { z } from 'zod';
import { mapDriFailure } from './map-dri-failure.js';

/** What the handler needs of DRI: the seam unit tests may replace. */
export interface DriApi {
  /** R1 `GET /acs/device/{serial}/taskpending`. */
  pendingTasks(serial: string): Promise<DriTaskPendingResponse>;
  /** R2 `GET /acs/device/{serial}/parameter_returnid?data=<JSON>`. */
  startTask(serial: string, parameterSet: DriParameterSet): Promise<DriTaskIdResponse>;
  /** R3 `GET /acs/device/{serial}/parameter_tid?transactionid=<id>`. */
  taskResult(serial: string, taskId: number): Promise<DriTaskResultResponse>;
}

const pathOf = (template: string, serial: string): string =>
  template.replace('{serial}', encodeURIComponent(serial));

/**
 * The typed DRI client. Answers are checked against the vendor-apis schemas; a failure is thrown
 * as the `EngineError` the bridge replies with (`mapDriFailure`).
 */
export class DriClient implements DriApi {
  readonly #http: AxiosInstance;

  constructor(http: AxiosInstance) {
    this.#http = http;
  }

  pendingTasks(serial: string): Promise<DriTaskPendingResponse> {
    return this.#get(pathOf(driPaths.taskPending, serial), {}, driTaskPendingResponse);
  }

  startTask(serial: string, parameterSet: DriParameterSet): Promise<DriTaskIdResponse> {
    return this.#get(
      pathOf(driPaths.parameterReturnId, serial),
      { data: JSON.stringify(parameterSet) },
      driTaskIdResponse,
    );
  }

  taskResult(serial: string, taskId: number): Promise<DriTaskResultResponse> {
    return this.#get(
      pathOf(driPaths.parameterTaskId, serial),
      { transactionid: String(taskId) },
      driTaskResultResponse,
    );
  }

  async #get<S extends z.ZodType>(
    path: string,
    params: Record<string, string>,
    schema: S,
  ): Promise<z.output<S>> {
    let data: unknown;
    try {
      ({ data } = await this.#http.get<unknown>(path, { params }));
    } catch (error) {
      throw mapDriFailure(error);
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      throw new EngineError(
        'INTERNAL',
        `Unexpected answer from DRI: ${formatIssues(parsed.error.issues)}`,
      );
    }
    return parsed.data;
  }
}
