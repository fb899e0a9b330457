import {
  t7PredictionResponse,
  t7SaveLiveMetricsResponse,
  t7SaveMetricsResponse,
  type T7MethodName,
} from '@automation-engine/vendor-apis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createLabContext } from '../../src/lab-context.js';
import { buildT7Server, type T7Simulator } from '../../src/t7/build-t7-server.js';
import { T7TestClient } from '../helpers/t7-client.js';

let t7: T7Simulator;
let client: T7TestClient;
beforeAll(async () => {
  t7 = buildT7Server(createLabContext({ fleet: { seed: 3, edges: 5, hosts: 1 } }));
  client = new T7TestClient(await t7.server.listen({ host: '127.0.0.1', port: 0 }));
});
afterAll(async () => {
  client.close();
  await t7.server.close();
});

async function expectContract(
  schema: z.ZodType,
  method: T7MethodName,
  request: object,
): Promise<void> {
  const result = await client.call({ method, request });
  expect(result.ok).toBe(true);
  const parsed = schema.safeParse(result.ok ? result.value : undefined);
  expect(
    parsed.success,
    parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3)),
  ).toBe(true);
}

describe('t7 contract - every answer decodes (shared .proto) and parses with the vendor-apis schema', () => {
  it('Prediction with predictions and asset errors, SaveMetrics, SaveLiveMetrics', async () => {
    const rows = [
      { asset: 'VC05200071234', call_ticket_id: 7301455, sla: 2, ticket_status: 'InProgress' },
    ];
    await expectContract(t7PredictionResponse, 'Prediction', {
      ticket_id: '7301455',
      ticket_rows: rows,
      assets_to_predict: ['VC05200071234', 'VC05200079999'],
    });
    await expectContract(t7SaveMetricsResponse, 'SaveMetrics', {
      ticket_id: 7301455,
      ticket_rows: rows,
    });
    await expectContract(t7SaveLiveMetricsResponse, 'SaveLiveMetrics', {
      ticket_id: 7301455,
      asset_id: 'VC05200071234',
      automated_successfully: true,
    });
  });
});
