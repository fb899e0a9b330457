import { t7AutomationMetrics, t7PredictionRequest } from '@automation-engine/contracts/t7';
import { status as GrpcStatus, Metadata, type ServiceError } from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { serviceEnv, t7BridgeSettings } from '../src/config.js';
import { protoFieldName } from '../src/mapping/proto-field-name.js';
import { toPredictionReply } from '../src/mapping/to-prediction-reply.js';
import { toTicketRow } from '../src/mapping/to-ticket-row.js';
import { grpcStatusName, mapGrpcFailure } from '../src/t7-client/map-grpc-failure.js';
import { withUnavailableRetries } from '../src/t7-client/with-unavailable-retries.js';

const grpcError = (code: GrpcStatus, details = 'd'): ServiceError =>
  Object.assign(new Error(details), { code, details, metadata: new Metadata() });

describe('protoFieldName', () => {
  it.each([
    ['EnteredDate_N', 'entered_date_n'],
    ['Initial Note @ Ticket Creation', 'initial_note_ticket_creation'],
    ['CallTicketID', 'call_ticket_id'],
    ['Address1', 'address1'],
    ['SLA', 'sla'],
    ['TicketStatus', 'ticket_status'],
    ['asset', 'asset'],
    ['task_result', 'taskresult'],
  ])('%s → %s', (key, field) => {
    expect(protoFieldName(key)).toBe(field);
  });
});

describe('toTicketRow', () => {
  it('keeps known fields, drops unknown keys and nulls, types the integers', () => {
    expect(
      toTicketRow({
        Asset: 'A',
        CallTicketID: 12,
        DetailID: 'x',
        SLA: '3',
        Zip: 2000,
        Notes: null,
        Other: 'y',
      }),
    ).toEqual({ asset: 'A', call_ticket_id: '12', sla: 3, zip: '2000' });
  });

  it('leaves out an sla that is not an integer', () => {
    expect(toTicketRow({ SLA: 'high' })).toEqual({});
  });
});

describe('toPredictionReply', () => {
  it('maps predictions and errors per asset', () => {
    expect(
      toPredictionReply({
        success: true,
        message: '',
        ticket_id: '1',
        asset_predictions: [
          {
            asset: 'A',
            task_results: [{ name: 'Repair Completed', probability: 0.8 }],
            error: null,
          },
          { asset: 'B', task_results: [], error: { code: 'NO_DATA', message: 'm' } },
        ],
      }),
    ).toEqual([
      { assetId: 'A', predictions: [{ name: 'Repair Completed', probability: 0.8 }] },
      { assetId: 'B', error: { code: 'NO_DATA', message: 'm' } },
    ]);
  });
});

describe('mapGrpcFailure', () => {
  it('maps a gRPC status, and anything else to 500 "Error: …"', () => {
    expect(mapGrpcFailure(grpcError(GrpcStatus.INTERNAL))).toMatchObject({
      status: 400,
      body: 'Grpc error details: d',
    });
    expect(mapGrpcFailure(grpcError(GrpcStatus.ABORTED)).status).toBe(500);
    expect(mapGrpcFailure(new Error('boom'))).toMatchObject({ status: 500, body: 'Error: boom' });
    expect(grpcStatusName(99)).toBeUndefined();
  });

  it('passes an EngineError through', () => {
    const error = mapGrpcFailure(new Error('x'));
    expect(mapGrpcFailure(error)).toBe(error);
  });
});

describe('withUnavailableRetries', () => {
  it('retries UNAVAILABLE only, at most `retries` times', async () => {
    let calls = 0;
    const failing = () => {
      calls += 1;
      return Promise.reject(grpcError(GrpcStatus.UNAVAILABLE));
    };
    await expect(
      withUnavailableRetries({ retries: 2, retryBaseDelayMs: 1 }, failing),
    ).rejects.toThrow();
    expect(calls).toBe(3);
    calls = 0;
    const internal = () => {
      calls += 1;
      return Promise.reject(grpcError(GrpcStatus.INTERNAL));
    };
    await expect(
      withUnavailableRetries({ retries: 2, retryBaseDelayMs: 1 }, internal),
    ).rejects.toThrow();
    expect(calls).toBe(1);
  });
});

describe('t7 contracts and config', () => {
  it('echo request_id, 120 s, and refuse falsy prediction inputs', () => {
    expect(t7PredictionRequest.echoRequestId).toBe(true);
    expect(t7AutomationMetrics.timeoutMs).toBe(120_000);
    const ok = { ticket_id: 1, ticket_rows: [{}], assets_to_predict: ['A'] };
    expect(t7PredictionRequest.request.safeParse(ok).success).toBe(true);
    for (const bad of [
      { ...ok, ticket_id: 0 },
      { ...ok, ticket_rows: [] },
      { ...ok, assets_to_predict: [] },
    ]) {
      expect(t7PredictionRequest.request.safeParse(bad).success).toBe(false);
    }
    expect(t7AutomationMetrics.request.safeParse({ ticket_id: 0, ticket_rows: [] }).success).toBe(
      true,
    );
  });

  it('defaults to TLS and a 120 s deadline; refuses an address without a port', () => {
    const schema = z.object(serviceEnv);
    expect(t7BridgeSettings(schema.parse({ KRE_BASE_URL: 'kre.example:443' }))).toEqual({
      address: 'kre.example:443',
      tls: true,
      deadlineMs: 120_000,
      retries: 2,
      retryBaseDelayMs: 500,
      concurrency: 16,
    });
    expect(schema.safeParse({ KRE_BASE_URL: 'https://kre.example' }).success).toBe(false);
  });
});
