import {
  credentials as grpcCredentials,
  type Client,
  loadPackageDefinition,
  type GrpcObject,
  type ServiceClientConstructor,
  type ServiceError,
} from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { EngineError, formatIssues } from '@automation-engine/contracts';
import {
  T7_METHODS,
  T7_PACKAGE,
  T7_PROTO_LOADER_OPTIONS,
  T7_SERVICE,
  type T7MethodName,
  type T7PredictionRequest,
  t7PredictionResponse,
  type T7PredictionResponse,
  t7ProtoPath,
  type T7SaveLiveMetricsRequest,
  t7SaveLiveMetricsResponse,
  type T7SaveMetricsRequest,
  t7SaveMetricsResponse,
} from '@automation-engine/vendor-apis';
import type { z } from 'zod';
import type { T7BridgeSettings } from '../config.js';
import { mapGrpcFailure } from './map-grpc-failure.js';
import { withUnavailableRetries } from './with-unavailable-retries.js';

/** What handlers need of T7: the seam unit tests may replace. */
export interface T7Api {
  prediction(request: T7PredictionRequest): Promise<T7PredictionResponse>;
  saveMetrics(request: T7SaveMetricsRequest): Promise<string>;
  saveLiveMetrics(request: T7SaveLiveMetricsRequest): Promise<string>;
}

type UnaryCallback = (error: ServiceError | null, response: unknown) => void;
type UnaryMethod = (request: unknown, options: { deadline: Date }, callback: UnaryCallback) => void;

/** The `entrypoint.Entrypoint` client constructor from the shared `.proto` and loader options. */
function loadEntrypoint(): ServiceClientConstructor {
  const root = loadPackageDefinition(loadSync(t7ProtoPath(), { ...T7_PROTO_LOADER_OPTIONS }));
  const service = (root[T7_PACKAGE] as GrpcObject | undefined)?.[T7_SERVICE];
  if (service === undefined || !('service' in service)) {
    throw new Error(`${T7_PACKAGE}.${T7_SERVICE} is not in ${t7ProtoPath()}`);
  }
  return service as ServiceClientConstructor;
}

/**
 * The typed T7 client over gRPC (`@grpc/grpc-js`): one channel, a deadline per call, retries of
 * UNAVAILABLE, answers checked against the vendor-apis schemas, failures thrown as the
 * `EngineError` the bridge replies with (`mapGrpcFailure`).
 */
export class T7Client implements T7Api {
  readonly #client: Client;
  readonly #settings: T7BridgeSettings;

  constructor(settings: T7BridgeSettings) {
    const Entrypoint = loadEntrypoint();
    this.#settings = settings;
    this.#client = new Entrypoint(
      settings.address,
      settings.tls ? grpcCredentials.createSsl() : grpcCredentials.createInsecure(),
    );
  }

  prediction(request: T7PredictionRequest): Promise<T7PredictionResponse> {
    return this.#call(T7_METHODS.prediction, request, t7PredictionResponse);
  }

  async saveMetrics(request: T7SaveMetricsRequest): Promise<string> {
    return (await this.#call(T7_METHODS.saveMetrics, request, t7SaveMetricsResponse)).message;
  }

  async saveLiveMetrics(request: T7SaveLiveMetricsRequest): Promise<string> {
    return (await this.#call(T7_METHODS.saveLiveMetrics, request, t7SaveLiveMetricsResponse))
      .message;
  }

  close(): void {
    this.#client.close();
  }

  async #call<S extends z.ZodType>(
    method: T7MethodName,
    request: unknown,
    schema: S,
  ): Promise<z.output<S>> {
    let answer: unknown;
    try {
      answer = await withUnavailableRetries(this.#settings, () => this.#unary(method, request));
    } catch (error) {
      throw mapGrpcFailure(error);
    }
    const parsed = schema.safeParse(answer);
    if (!parsed.success) {
      throw new EngineError(
        'INTERNAL',
        `Error: unexpected answer from T7: ${formatIssues(parsed.error.issues)}`,
      );
    }
    return parsed.data;
  }

  #unary(method: T7MethodName, request: unknown): Promise<unknown> {
    const call = (this.#client as unknown as Record<string, UnaryMethod>)[method];
    if (call === undefined) return Promise.reject(new Error(`no method ${method}`));
    return new Promise((resolve, reject) => {
      call.call(
        this.#client,
        request,
        { deadline: new Date(Date.now() + this.#settings.deadlineMs) },
        (error, response) => {
          if (error === null) resolve(response);
          else reject(error);
        },
      );
    });
  }
}
