import { fileURLToPath } from 'node:url';

/**
 * Where the T7 service is described (spec/vendor-apis.md §5) and how to load it. The bridge and
 * the lab load the same `.proto` with the same options, so both see the same JSON shapes (the
 * schemas of `t7/messages`).
 */

/** Package, service and fully qualified name of the KRE entrypoint. */
export const T7_PACKAGE = 'entrypoint';
export const T7_SERVICE = 'Entrypoint';
export const T7_SERVICE_NAME = `${T7_PACKAGE}.${T7_SERVICE}`;

/** The unary methods, by what they do. */
export const T7_METHODS = {
  prediction: 'Prediction',
  saveMetrics: 'SaveMetrics',
  saveLiveMetrics: 'SaveLiveMetrics',
} as const;
export type T7MethodName = (typeof T7_METHODS)[keyof typeof T7_METHODS];

/** HTTP/2 path of a method: `/entrypoint.Entrypoint/Prediction`. */
export function t7MethodPath(method: T7MethodName): string {
  return `/${T7_SERVICE_NAME}/${method}`;
}

/** Deadline the bridge gives every call. */
export const T7_DEADLINE_MS = 120_000;

/**
 * `@grpc/proto-loader` options both ends use: field names as in the .proto (`ticket_id`), int64 as
 * decimal strings (as protobuf's JSON form), defaults filled in (absent message fields → null).
 */
export const T7_PROTO_LOADER_OPTIONS = {
  keepCase: true,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
} as const;

/** Absolute path of `public_input.proto` (from the source tree or a build next to it). */
export function t7ProtoPath(): string {
  // src/t7/ and dist/t7/ are both two levels below the package root; the file stays in src/.
  return fileURLToPath(new URL('../../src/t7/public_input.proto', import.meta.url));
}

/**
 * gRPC status code → the status the bridge replies (anything else → 500), with the codes'
 * numbers as grpc-js names them.
 */
export const T7_GRPC_STATUS = {
  OK: 0,
  CANCELLED: 1,
  UNKNOWN: 2,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  OUT_OF_RANGE: 11,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  DATA_LOSS: 15,
  UNAUTHENTICATED: 16,
} as const;
export type T7GrpcStatusName = keyof typeof T7_GRPC_STATUS;

/** The bridge's mapping of gRPC errors to reply statuses (spec §5); others → 500. */
export const T7_BRIDGE_STATUS_BY_GRPC_STATUS: Readonly<Partial<Record<T7GrpcStatusName, number>>> =
  {
    INTERNAL: 400,
    UNAUTHENTICATED: 401,
    PERMISSION_DENIED: 403,
    UNIMPLEMENTED: 404,
    DEADLINE_EXCEEDED: 408,
  };
