import { status as GrpcStatus } from '@grpc/grpc-js';

/**
 * The gRPC status a fault's HTTP-style `status` stands for: the inverse of the t7-bridge's table
 * (INTERNAL→400, UNAUTHENTICATED→401, PERMISSION_DENIED→403, UNIMPLEMENTED→404,
 * DEADLINE_EXCEEDED→408) plus the usual HTTP/gRPC pairs. A fault body may name the code itself:
 * `{"grpcStatus": "UNAVAILABLE" | 14, "details": "…"}`.
 */
const BY_HTTP_STATUS: Readonly<Record<number, GrpcStatus>> = {
  400: GrpcStatus.INTERNAL,
  401: GrpcStatus.UNAUTHENTICATED,
  403: GrpcStatus.PERMISSION_DENIED,
  404: GrpcStatus.UNIMPLEMENTED,
  408: GrpcStatus.DEADLINE_EXCEEDED,
  409: GrpcStatus.ABORTED,
  429: GrpcStatus.RESOURCE_EXHAUSTED,
  499: GrpcStatus.CANCELLED,
  501: GrpcStatus.UNIMPLEMENTED,
  503: GrpcStatus.UNAVAILABLE,
  504: GrpcStatus.DEADLINE_EXCEEDED,
};

const CODES = new Map<number, GrpcStatus>(
  Object.values(GrpcStatus)
    .filter((value): value is GrpcStatus => typeof value === 'number')
    .map((code) => [code, code]),
);

export function grpcStatusForFault(args: { status: number; body: unknown }): {
  code: GrpcStatus;
  details: string;
} {
  const body = typeof args.body === 'object' && args.body !== null ? args.body : {};
  const named = 'grpcStatus' in body ? body.grpcStatus : undefined;
  const code =
    typeof named === 'number' && CODES.has(named)
      ? (CODES.get(named) ?? GrpcStatus.UNKNOWN)
      : typeof named === 'string' && named in GrpcStatus
        ? GrpcStatus[named as keyof typeof GrpcStatus]
        : (BY_HTTP_STATUS[args.status] ?? GrpcStatus.UNKNOWN);
  const details =
    'details' in body && typeof body.details === 'string'
      ? body.details
      : typeof args.body === 'string'
        ? args.body
        : `injected fault (HTTP ${String(args.status)})`;
  return { code, details };
}
