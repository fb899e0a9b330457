import { status as GrpcStatus } from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { grpcStatusForFault } from '../../src/t7/grpc-fault-status.js';

describe('grpcStatusForFault', () => {
  it.each([
    [400, GrpcStatus.INTERNAL],
    [401, GrpcStatus.UNAUTHENTICATED],
    [403, GrpcStatus.PERMISSION_DENIED],
    [404, GrpcStatus.UNIMPLEMENTED],
    [408, GrpcStatus.DEADLINE_EXCEEDED],
    [429, GrpcStatus.RESOURCE_EXHAUSTED],
    [503, GrpcStatus.UNAVAILABLE],
    [504, GrpcStatus.DEADLINE_EXCEEDED],
    [500, GrpcStatus.UNKNOWN],
  ])('maps HTTP %i to the gRPC status the t7-bridge maps back', (status, code) => {
    expect(grpcStatusForFault({ status, body: undefined }).code).toBe(code);
  });

  it('takes the status by name or number and the details from the body', () => {
    expect(
      grpcStatusForFault({ status: 500, body: { grpcStatus: 'ABORTED', details: 'busy' } }),
    ).toEqual({
      code: GrpcStatus.ABORTED,
      details: 'busy',
    });
    expect(grpcStatusForFault({ status: 500, body: { grpcStatus: 14 } }).code).toBe(
      GrpcStatus.UNAVAILABLE,
    );
    expect(grpcStatusForFault({ status: 500, body: { grpcStatus: 99 } }).code).toBe(
      GrpcStatus.UNKNOWN,
    );
    expect(grpcStatusForFault({ status: 400, body: 'bad rows' }).details).toBe('bad rows');
    expect(grpcStatusForFault({ status: 400, body: null }).details).toBe(
      'injected fault (HTTP 400)',
    );
  });
});
