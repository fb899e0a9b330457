import { status as GrpcStatus } from '@grpc/grpc-js';
import {
  T7_BRIDGE_STATUS_BY_GRPC_STATUS,
  t7PredictionResponse,
  t7SaveMetricsResponse,
} from '@automation-engine/vendor-apis';
import type { z } from 'zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LabClock } from '../../src/clock/lab-clock.js';
import { faultSpec, type FaultSpecInput } from '../../src/faults/fault-spec.js';
import { createLabContext, type LabContext } from '../../src/lab-context.js';
import { buildT7Server, type T7Simulator } from '../../src/t7/build-t7-server.js';
import { T7_PREDICTION_NAMES } from '../../src/t7/t7-predictor.js';
import { T0 } from '../helpers/lab-fixture.js';
import { T7TestClient, type T7CallResult } from '../helpers/t7-client.js';

let ctx: LabContext;
let t7: T7Simulator;
let client: T7TestClient;

beforeEach(async () => {
  ctx = createLabContext({
    fleet: { seed: 42, edges: 10, hosts: 1 },
    clock: new LabClock({ speed: 0, startAt: T0 }),
  });
  t7 = buildT7Server(ctx);
  const address = await t7.server.listen({ host: '127.0.0.1', port: 0 });
  client = new T7TestClient(address);
});
afterEach(async () => {
  client.close();
  await t7.server.close();
});

const rows = [
  { asset: 'VC05200071234', call_ticket_id: '7301455', task_result: 'HNOC Investigate', sla: 4 },
  { asset: 'VC05200071234', notes: 'Triage (VeloCloud)', detail_id: 9120001 },
];

const predict = (request: object, deadlineMs?: number) =>
  client.call({
    method: 'Prediction',
    request,
    ...(deadlineMs === undefined ? {} : { deadlineMs }),
  });

/** The answer, parsed with its vendor-apis schema. */
function value<S extends z.ZodType>(schema: S, result: T7CallResult): z.output<S> {
  if (!result.ok)
    throw new Error(`gRPC error ${String(result.error.code)}: ${result.error.details}`);
  return schema.parse(result.value);
}

function errorCode(result: T7CallResult): GrpcStatus {
  if (result.ok) throw new Error('expected a gRPC error');
  return result.error.code;
}

function fault(spec: Omit<FaultSpecInput, 'simulator'>): void {
  ctx.faults.add(faultSpec.parse({ simulator: 't7', ...spec }));
}

describe('t7 - predictions over gRPC', () => {
  it('predicts three Bruin next results per asset, the same for the same ticket', async () => {
    const request = { ticket_id: 7301455, ticket_rows: rows, assets_to_predict: ['VC05200071234'] };
    const first = value(t7PredictionResponse, await predict(request));
    expect(t7PredictionResponse.safeParse(first).success).toBe(true);
    expect(first).toMatchObject({ success: true, message: '', ticket_id: '7301455' });
    const results = first.asset_predictions[0]?.task_results ?? [];
    expect(results).toHaveLength(3);
    expect(results.every((r) => (T7_PREDICTION_NAMES as readonly string[]).includes(r.name))).toBe(
      true,
    );
    const probabilities = results.map((r) => r.probability);
    expect([...probabilities].sort((a, b) => b - a)).toEqual(probabilities);
    expect(probabilities.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1.0001);
    expect(first.asset_predictions[0]?.error).toBeNull();
    expect(value(t7PredictionResponse, await predict(request))).toEqual(first);
    const other = value(t7PredictionResponse, await predict({ ...request, ticket_id: 7301456 }));
    expect(other.asset_predictions).not.toEqual(first.asset_predictions);
  });

  it('answers an asset-level NO_DATA error for an asset absent from the rows', async () => {
    const answer = value(
      t7PredictionResponse,
      await predict({
        ticket_id: 1,
        ticket_rows: rows,
        assets_to_predict: ['VC05200071234', 'VC05200079999'],
      }),
    );
    expect(answer.asset_predictions[1]).toEqual({
      asset: 'VC05200079999',
      task_results: [],
      error: { code: 'NO_DATA', message: 'asset not present in ticket rows' },
    });
  });

  it('answers INTERNAL (bridge 400) without a ticket id or assets', async () => {
    expect(errorCode(await predict({ ticket_rows: rows, assets_to_predict: ['x'] }))).toBe(
      GrpcStatus.INTERNAL,
    );
    expect(errorCode(await predict({ ticket_id: 5, ticket_rows: rows }))).toBe(GrpcStatus.INTERNAL);
  });

  it('answers UNIMPLEMENTED (bridge 404) for a method KRE does not serve', async () => {
    const result = await client.call({
      method: 'Prediction',
      request: { ticket_id: 1 },
      path: '/entrypoint.Entrypoint/Retrain',
    });
    expect(errorCode(result)).toBe(GrpcStatus.UNIMPLEMENTED);
  });

  it('uses the predictions fixed per asset through the control overrides', async () => {
    t7.overrides.set('VC05200071234', {
      taskResults: [{ name: 'Repair Completed', probability: 0.99 }],
    });
    t7.overrides.set('VC1', { error: { code: 'MODEL_ERROR', message: 'no model' } });
    const answer = value(
      t7PredictionResponse,
      await predict({
        ticket_id: 3,
        ticket_rows: rows,
        assets_to_predict: ['VC05200071234', 'VC1'],
      }),
    );
    expect(answer.asset_predictions[0]?.task_results[0]?.name).toBe('Repair Completed');
    expect(answer.asset_predictions[0]?.task_results[0]?.probability).toBeCloseTo(0.99, 5);
    expect(answer.asset_predictions[1]?.error?.code).toBe('MODEL_ERROR');
  });
});

describe('t7 - metrics feedback', () => {
  it('records SaveMetrics and SaveLiveMetrics and answers a message', async () => {
    const saved = value(
      t7SaveMetricsResponse,
      await client.call({
        method: 'SaveMetrics',
        request: { ticket_id: 7301455, ticket_rows: rows },
      }),
    );
    expect(saved.message).toMatch(/7301455/);
    const live = value(
      t7SaveMetricsResponse,
      await client.call({
        method: 'SaveLiveMetrics',
        request: { ticket_id: 7301455, asset_id: 'VC05200071234', automated_successfully: false },
      }),
    );
    expect(live.message).toMatch(/7301455/);
    expect(t7.calls.savedMetrics[0]).toMatchObject({ at: T0, ticketId: '7301455' });
    expect(t7.calls.savedMetrics[0]?.ticketRows[0]).toMatchObject({
      asset: 'VC05200071234',
      sla: 4,
    });
    expect(t7.calls.liveMetrics).toEqual([
      { at: T0, ticketId: '7301455', assetId: 'VC05200071234', automatedSuccessfully: false },
    ]);
  });

  it('refuses feedback without ticket or asset id', async () => {
    expect(errorCode(await client.call({ method: 'SaveMetrics', request: {} }))).toBe(
      GrpcStatus.INTERNAL,
    );
    const live = await client.call({ method: 'SaveLiveMetrics', request: { ticket_id: 4 } });
    expect(errorCode(live)).toBe(GrpcStatus.INTERNAL);
  });
});

describe('t7 - fault injection', () => {
  it('turns an injected HTTP status into the gRPC status the bridge maps back to it', async () => {
    const request = { ticket_id: 9, ticket_rows: rows, assets_to_predict: ['VC05200071234'] };
    const names = Object.keys(
      T7_BRIDGE_STATUS_BY_GRPC_STATUS,
    ) as (keyof typeof T7_BRIDGE_STATUS_BY_GRPC_STATUS)[];
    for (const name of names) {
      const status = T7_BRIDGE_STATUS_BY_GRPC_STATUS[name] ?? 0;
      fault({
        path: '/entrypoint.Entrypoint/Prediction',
        action: { kind: 'error', status },
        times: 1,
      });
      const result = await predict(request);
      expect([name, errorCode(result)]).toEqual([name, GrpcStatus[name]]);
    }
    fault({ path: '/entrypoint.Entrypoint/*', action: { kind: 'error', status: 500 }, times: 1 });
    expect(errorCode(await predict(request))).toBe(GrpcStatus.UNKNOWN);
    expect((await predict(request)).ok).toBe(true);
  });

  it('lets the fault body name the gRPC status and details', async () => {
    fault({
      path: '/entrypoint.Entrypoint/SaveMetrics',
      action: {
        kind: 'error',
        status: 500,
        body: { grpcStatus: 'UNAVAILABLE', details: 'KRE down' },
      },
      times: 1,
    });
    const result = await client.call({ method: 'SaveMetrics', request: { ticket_id: 1 } });
    expect(result.ok ? null : [result.error.code, result.error.details]).toEqual([
      GrpcStatus.UNAVAILABLE,
      'KRE down',
    ]);
  });

  it('answers UNAUTHENTICATED to expire-auth', async () => {
    fault({ path: '/**', action: { kind: 'expire-auth' }, times: 1 });
    expect(errorCode(await client.call({ method: 'SaveMetrics', request: { ticket_id: 1 } }))).toBe(
      GrpcStatus.UNAUTHENTICATED,
    );
  });

  it('never answers a timed-out call, so the caller sees DEADLINE_EXCEEDED; the next call works', async () => {
    fault({ path: '/entrypoint.Entrypoint/Prediction', action: { kind: 'timeout' }, times: 1 });
    const request = { ticket_id: 9, ticket_rows: rows, assets_to_predict: ['VC05200071234'] };
    expect(errorCode(await predict(request, 300))).toBe(GrpcStatus.DEADLINE_EXCEEDED);
    expect((await predict(request)).ok).toBe(true);
  });
});
