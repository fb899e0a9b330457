import { EngineError, type ErrorCode } from '@automation-engine/contracts';
import type { ServiceError } from '@grpc/grpc-js';
import {
  T7_BRIDGE_STATUS_BY_GRPC_STATUS,
  T7_GRPC_STATUS,
  type T7GrpcStatusName,
} from '@automation-engine/vendor-apis';

const CODE_BY_STATUS: Readonly<Record<number, ErrorCode>> = {
  400: 'BAD_REQUEST',
  401: 'VENDOR_UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  408: 'TIMEOUT',
};

/** A gRPC failure (a `ServiceError` carries a numeric `code`). */
export function isGrpcError(error: unknown): error is ServiceError {
  return error instanceof Error && typeof (error as Partial<ServiceError>).code === 'number';
}

/** The gRPC status name of a numeric code, e.g. 13 → `INTERNAL`. */
export function grpcStatusName(code: number): T7GrpcStatusName | undefined {
  const entry = Object.entries(T7_GRPC_STATUS).find(([, value]) => value === code);
  return entry?.[0] as T7GrpcStatusName | undefined;
}

/**
 * The original's mapping (spec/bridges.md §5): INTERNAL 400, UNAUTHENTICATED 401,
 * PERMISSION_DENIED 403, UNIMPLEMENTED 404, DEADLINE_EXCEEDED 408, any other gRPC status 500, body
 * `"Grpc error details: <details>"`; anything else 500 `"Error: <message>"`.
 */
export function mapGrpcFailure(error: unknown): EngineError {
  if (error instanceof EngineError) return error;
  if (!isGrpcError(error)) {
    return new EngineError('INTERNAL', `Error: ${(error as Error).message}`, { cause: error });
  }
  const name = grpcStatusName(error.code);
  const status = (name === undefined ? undefined : T7_BRIDGE_STATUS_BY_GRPC_STATUS[name]) ?? 500;
  return new EngineError(
    CODE_BY_STATUS[status] ?? 'VENDOR_DOWN',
    `Grpc error details: ${error.details}`,
    { status, cause: error },
  );
}
