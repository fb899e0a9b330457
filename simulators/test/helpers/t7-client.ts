import {
  credentials,
  Metadata,
  type Client,
  type ServiceClientConstructor,
  type ServiceError,
} from '@grpc/grpc-js';
import { t7MethodPath, type T7MethodName } from '@automation-engine/vendor-apis';
import { loadT7Service } from '../../src/t7/load-t7-service.js';

export type T7CallResult = { ok: true; value: unknown } | { ok: false; error: ServiceError };

/** A gRPC client of the lab's T7, as the t7-bridge will be (same .proto, same options). */
export class T7TestClient {
  readonly #service: ServiceClientConstructor;
  readonly #client: Client;

  constructor(address: string) {
    this.#service = loadT7Service();
    this.#client = new this.#service(address, credentials.createInsecure());
  }

  /** One unary call; `path` overrides the method path (to call an unknown method). */
  call(args: {
    method: T7MethodName;
    request: unknown;
    deadlineMs?: number;
    path?: string;
  }): Promise<T7CallResult> {
    const definition = this.#service.service[args.method];
    if (definition === undefined) throw new Error(`no method ${args.method}`);
    return new Promise((resolve) => {
      this.#client.makeUnaryRequest(
        args.path ?? t7MethodPath(args.method),
        definition.requestSerialize,
        definition.responseDeserialize,
        args.request,
        new Metadata(),
        { deadline: Date.now() + (args.deadlineMs ?? 10_000) },
        (error, value) => {
          resolve(error === null ? { ok: true, value } : { ok: false, error });
        },
      );
    });
  }

  close(): void {
    this.#client.close();
  }
}
