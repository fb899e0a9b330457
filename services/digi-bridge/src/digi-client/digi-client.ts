import { EngineError, formatIssues } from '@automation-engine/contracts';
import {
  digiPaths,
  digiRecoverDeviceResponse,
  digiRecoveryLogsAnswer,
  type DigiRecoverDeviceResponse,
} from '@automation-engine/vendor-apis';
import type { AxiosInstance } from 'axios';
import type { z } from 'zod';
import { mapDigiFailure } from './map-digi-failure.js';

export type DigiRecoveryLogsAnswer = z.output<typeof digiRecoveryLogsAnswer>;

/** What handlers need of DiGi: the seam unit tests replace. */
export interface DigiApi {
  /** D1 `POST …/Recovery/RecoverDevice` with the parameters as headers. */
  recoverDevice(headers: Readonly<Record<string, string>>): Promise<DigiRecoverDeviceResponse>;
  /** D2 `GET …/Recovery/Logs` with the parameters as headers. */
  recoveryLogs(headers: Readonly<Record<string, string>>): Promise<DigiRecoveryLogsAnswer>;
}

/**
 * The typed DiGi client: a 2xx answer is checked against the vendor-apis schema and returned;
 * anything else is thrown as the `EngineError` the bridge replies with (`mapDigiFailure`).
 */
export class DigiClient implements DigiApi {
  readonly #http: AxiosInstance;

  constructor(http: AxiosInstance) {
    this.#http = http;
  }

  recoverDevice(headers: Readonly<Record<string, string>>): Promise<DigiRecoverDeviceResponse> {
    return this.#call({
      method: 'POST',
      path: digiPaths.recoverDevice,
      headers,
      schema: digiRecoverDeviceResponse,
    });
  }

  recoveryLogs(headers: Readonly<Record<string, string>>): Promise<DigiRecoveryLogsAnswer> {
    return this.#call({
      method: 'GET',
      path: digiPaths.recoveryLogs,
      headers,
      schema: digiRecoveryLogsAnswer,
    });
  }

  async #call<S extends z.ZodType>(call: {
    method: 'GET' | 'POST';
    path: string;
    headers: Readonly<Record<string, string>>;
    schema: S;
  }): Promise<z.output<S>> {
    let data: unknown;
    try {
      ({ data } = await this.#http.request<unknown>({
        method: call.method,
        url: call.path,
        headers: { ...call.headers },
      }));
    } catch (error) {
      throw mapDigiFailure(error);
    }
    const parsed = call.schema.safeParse(data);
    if (!parsed.success) {
      throw new EngineError(
        'INTERNAL',
        `Unexpected answer from DiGi ${call.method} ${call.path}: ${formatIssues(parsed.error.issues, 'answer')}`,
      );
    }
    return parsed.data;
  }
}
