import {
  Server,
  ServerCredentials,
  status as GrpcStatus,
  type handleUnaryCall,
  type ServerUnaryCall,
  type UntypedServiceImplementation,
} from '@grpc/grpc-js';
import {
  T7_METHODS,
  t7MethodPath,
  t7PredictionRequest,
  t7SaveLiveMetricsRequest,
  t7SaveMetricsRequest,
  type T7MethodName,
  type T7PredictionResponse,
  type T7SaveLiveMetricsResponse,
  type T7SaveMetricsResponse,
} from '@automation-engine/vendor-apis';
import type { z } from 'zod';
import type { LabServer } from '../http/lab-server.js';
import type { LabContext } from '../lab-context.js';
import { grpcStatusForFault } from './grpc-fault-status.js';
import { loadT7Service } from './load-t7-service.js';
import { T7CallLog } from './t7-call-log.js';
import { predictTicket, type T7Override } from './t7-predictor.js';

export const T7_SIMULATOR = 't7';

export interface T7Simulator {
  server: LabServer;
  calls: T7CallLog;
  /** Fixed answers per asset (control API). */
  overrides: Map<string, T7Override>;
}

/** A gRPC error the handlers throw: status and details. */
export class T7GrpcError extends Error {
  override readonly name = 'T7GrpcError';
  readonly code: GrpcStatus;

  constructor(code: GrpcStatus, details: string) {
    super(details);
    this.code = code;
  }
}

interface UnaryDeps {
  ctx: LabContext;
  hanging: Set<() => void>;
}

/**
 * T7 as KRE serves it: a real gRPC server (insecure in the lab) of `entrypoint.Entrypoint` from
 * the shared `.proto`. Predictions are a pure function of the seed, ticket and asset; metrics
 * feedback is recorded. Faults apply per method path (`/entrypoint.Entrypoint/Prediction`):
 * `error` → a gRPC status, `delay`/`timeout` → the caller's deadline passes.
 */
export function buildT7Server(ctx: LabContext): T7Simulator {
  const calls = new T7CallLog();
  const overrides = new Map<string, T7Override>();
  ctx.onReset(() => {
    calls.reset();
    overrides.clear();
  });
  const deps: UnaryDeps = { ctx, hanging: new Set() };
  const implementation: UntypedServiceImplementation = {
    [T7_METHODS.prediction]: unary(deps, T7_METHODS.prediction, (raw): T7PredictionResponse => {
      const request = parseRequest(t7PredictionRequest, raw);
      requireTicket(request.ticket_id);
      if (request.assets_to_predict.length === 0) {
        throw new T7GrpcError(GrpcStatus.INTERNAL, 'assets_to_predict must not be empty');
      }
      calls.predictions.push({
        at: ctx.clock.now(),
        ticketId: String(request.ticket_id),
        assets: request.assets_to_predict,
        rows: request.ticket_rows.length,
      });
      return predictTicket({ seed: ctx.fleet.options.seed, request, overrides });
    }),
    [T7_METHODS.saveMetrics]: unary(deps, T7_METHODS.saveMetrics, (raw): T7SaveMetricsResponse => {
      const request = parseRequest(t7SaveMetricsRequest, raw);
      requireTicket(request.ticket_id);
      calls.savedMetrics.push({
        at: ctx.clock.now(),
        ticketId: String(request.ticket_id),
        ticketRows: request.ticket_rows,
      });
      return {
        message: `Saved ${String(request.ticket_rows.length)} rows of ticket ${String(request.ticket_id)}`,
      };
    }),
    [T7_METHODS.saveLiveMetrics]: unary(
      deps,
      T7_METHODS.saveLiveMetrics,
      (raw): T7SaveLiveMetricsResponse => {
        const request = parseRequest(t7SaveLiveMetricsRequest, raw);
        requireTicket(request.ticket_id);
        if (request.asset_id === '')
          throw new T7GrpcError(GrpcStatus.INTERNAL, 'asset_id is required');
        calls.liveMetrics.push({
          at: ctx.clock.now(),
          ticketId: String(request.ticket_id),
          assetId: request.asset_id,
          automatedSuccessfully: request.automated_successfully,
        });
        return { message: `Saved live metrics of ticket ${String(request.ticket_id)}` };
      },
    ),
  };
  const server = new Server({ 'grpc.max_receive_message_length': 64 * 1024 * 1024 });
  server.addService(loadT7Service().service, implementation);
  return { server: grpcLabServer(server, deps.hanging), calls, overrides };
}

function unary<Res>(
  deps: UnaryDeps,
  method: T7MethodName,
  handle: (request: unknown) => Res,
): handleUnaryCall<unknown, Res> {
  return (call, callback) => {
    void (async () => {
      deps.ctx.tick();
      const faulted = await applyFault({ deps, method, call });
      if (faulted !== null) {
        if (faulted !== 'cancelled') callback({ code: faulted.code, details: faulted.details });
        return;
      }
      try {
        callback(null, handle(call.request));
      } catch (error) {
        const failure =
          error instanceof T7GrpcError
            ? error
            : new T7GrpcError(GrpcStatus.INTERNAL, (error as Error).message);
        callback({ code: failure.code, details: failure.message });
      }
    })();
  };
}

/** Consults the fault registry; null = answer normally. */
async function applyFault(args: {
  deps: UnaryDeps;
  method: T7MethodName;
  call: ServerUnaryCall<unknown, unknown>;
}): Promise<{ code: GrpcStatus; details: string } | 'cancelled' | null> {
  const { deps, method, call } = args;
  const fault = deps.ctx.faults.take({
    simulator: T7_SIMULATOR,
    method: 'POST',
    path: t7MethodPath(method),
    query: {},
  });
  if (fault === null) return null;
  deps.ctx.logger?.info({ fault: fault.id, kind: fault.action.kind, method }, 'fault injected');
  const action = fault.action;
  switch (action.kind) {
    case 'delay':
      await deps.ctx.sleep(action.delayMs);
      return call.cancelled ? 'cancelled' : null;
    case 'error':
      if (action.delayMs !== undefined) await deps.ctx.sleep(action.delayMs);
      return call.cancelled
        ? 'cancelled'
        : grpcStatusForFault({ status: action.status, body: action.body });
    case 'timeout':
      await new Promise<void>((resolve) => {
        const release = (): void => {
          deps.hanging.delete(release);
          resolve();
        };
        deps.hanging.add(release);
        call.once('cancelled', release);
      });
      return 'cancelled';
    case 'expire-auth':
      return { code: GrpcStatus.UNAUTHENTICATED, details: 'authentication expired' };
  }
}

function parseRequest<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new T7GrpcError(GrpcStatus.INTERNAL, parsed.error.message);
  return parsed.data;
}

function requireTicket(ticketId: string | number): void {
  if (String(ticketId) === '0') throw new T7GrpcError(GrpcStatus.INTERNAL, 'ticket_id is required');
}

/** A grpc-js server as a LabServer; the URL is `host:port` (what `KRE_BASE_URL` takes). */
function grpcLabServer(server: Server, hanging: Set<() => void>): LabServer {
  return {
    listen({ host, port }) {
      const address = host.includes(':') ? `[${host}]` : host;
      return new Promise((resolve, reject) => {
        server.bindAsync(
          `${address}:${String(port)}`,
          ServerCredentials.createInsecure(),
          (error, bound) => {
            if (error === null) resolve(`${address}:${String(bound)}`);
            else reject(error);
          },
        );
      });
    },
    close() {
      for (const release of [...hanging]) release();
      server.forceShutdown();
      return Promise.resolve();
    },
  };
}
