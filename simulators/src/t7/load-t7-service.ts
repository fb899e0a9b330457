import {
  loadPackageDefinition,
  type GrpcObject,
  type ServiceClientConstructor,
} from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import {
  T7_PACKAGE,
  T7_PROTO_LOADER_OPTIONS,
  T7_SERVICE,
  t7ProtoPath,
} from '@automation-engine/vendor-apis';

/**
 * The `entrypoint.Entrypoint` service from the shared `.proto`, loaded with the shared options:
 * its `service` definition serves it, the constructor is a client of it.
 */
export function loadT7Service(): ServiceClientConstructor {
  const root = loadPackageDefinition(loadSync(t7ProtoPath(), { ...T7_PROTO_LOADER_OPTIONS }));
  const pkg = root[T7_PACKAGE] as GrpcObject | undefined;
  const service = pkg?.[T7_SERVICE];
  if (service === undefined || !('service' in service)) {
    throw new Error(`${T7_PACKAGE}.${T7_SERVICE} is not in ${t7ProtoPath()}`);
  }
  return service as ServiceClientConstructor;
}
