import {
  t7AutomationMetrics,
  t7LiveAutomationMetrics,
  t7PredictionRequest,
} from '@automation-engine/contracts/t7';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { givenT7Fault, startHarness, type Harness } from './support/t7-harness.js';

const PREDICTION = '/entrypoint.Entrypoint/Prediction';
const SAVE_METRICS = '/entrypoint.Entrypoint/SaveMetrics';
const ASSET = 'VC05200071234';

/** B14 rows with Bruin's own keys, as callers send them. */
const rows = [
  {
    Asset: ASSET,
    CallTicketID: 7301455,
    'Initial Note @ Ticket Creation': 'Edge offline',
    EnteredDate_N: '2023-04-11T13:05:00Z',
    TaskResult: 'HNOC Investigate',
    SLA: 1,
    DetailID: '4410',
    UnknownColumn: 'dropped',
    Notes: null,
  },
];

interface LabCalls {
  saved: { ticketId: string; ticketRows: Record<string, unknown>[] }[];
  live: { ticketId: string; assetId: string; automatedSuccessfully: boolean }[];
}

describe('t7-bridge against the lab', () => {
  let h: Harness;
  const predict = (assets: string[] = [ASSET]) =>
    h.caller.request(t7PredictionRequest, {
      ticket_id: 7301455,
      ticket_rows: rows,
      assets_to_predict: assets,
    });

  beforeAll(async () => {
    h = await startHarness('t7');
  });

  afterEach(async () => {
    await h.control('DELETE', '/faults?simulator=t7');
  });

  afterAll(async () => {
    await h.close();
  });

  describe('t7.prediction.request', () => {
    it("answers each asset's predictions, or T7's error for an asset it cannot predict", async () => {
      const reply = await predict([ASSET, 'VC05200079999']);
      expect(reply.status).toBe(200);
      const [known, unknown] = reply.ok ? reply.body : [];
      expect(known).toMatchObject({
        assetId: ASSET,
        predictions: expect.arrayContaining([
          { name: expect.any(String) as string, probability: expect.any(Number) as number },
        ]) as unknown,
      });
      expect(unknown).toMatchObject({ assetId: 'VC05200079999', error: { code: 'NO_DATA' } });
    });

    it('sends the rows with normalised keys (the lab sees the asset in them)', async () => {
      const reply = await predict();
      expect(reply.ok ? reply.body[0] : undefined).toHaveProperty('predictions');
      const predictions = await h.control<{ ticketId: string; rows: number }[]>(
        'GET',
        '/t7/predictions',
      );
      expect(predictions.at(-1)).toMatchObject({ ticketId: '7301455', rows: 1 });
    });

    it.each([
      [400, 'INTERNAL'],
      [401, 'UNAUTHENTICATED'],
      [403, 'PERMISSION_DENIED'],
      [404, 'UNIMPLEMENTED'],
      [408, 'DEADLINE_EXCEEDED'],
      [500, 'UNKNOWN'],
      [500, 'RESOURCE_EXHAUSTED'],
    ])('answers %i for a gRPC %s', async (status, grpcStatus) => {
      await givenT7Fault(h, {
        path: PREDICTION,
        action: { kind: 'error', status: 500, body: { grpcStatus, details: 'injected' } },
        times: 1,
      });
      expect(await predict()).toEqual({
        ok: false,
        status,
        body: 'Grpc error details: injected',
      });
    });
  });

  describe('t7.automation.metrics', () => {
    it("saves the ticket's rows and answers T7's message", async () => {
      const reply = await h.caller.request(t7AutomationMetrics, {
        ticket_id: '7301455',
        ticket_rows: rows,
      });
      expect(reply.status).toBe(200);
      expect(typeof reply.body).toBe('string');
      const calls = await h.control<LabCalls>('GET', '/t7/metrics');
      expect(calls.saved.at(-1)).toMatchObject({
        ticketId: '7301455',
        ticketRows: [
          {
            asset: ASSET,
            call_ticket_id: '7301455',
            initial_note_ticket_creation: 'Edge offline',
            entered_date_n: '2023-04-11T13:05:00Z',
            task_result: 'HNOC Investigate',
            sla: 1,
            detail_id: '4410',
            notes: '',
          },
        ],
      });
      expect(calls.saved.at(-1)?.ticketRows[0]).not.toHaveProperty('unknown_column');
    });

    it('answers 400 "Grpc error details: …" when T7 refuses the call (INTERNAL)', async () => {
      const reply = await h.caller.request(t7AutomationMetrics, { ticket_id: 0, ticket_rows: [] });
      expect(reply.status).toBe(400);
      expect(String(reply.body)).toMatch(/^Grpc error details: /);
    });
  });

  describe('t7.live.automation.metrics', () => {
    it("saves a failed automation too and answers T7's message", async () => {
      const reply = await h.caller.request(t7LiveAutomationMetrics, {
        ticket_id: 7301455,
        asset_id: ASSET,
        automated_successfully: false,
      });
      expect(reply.status).toBe(200);
      const calls = await h.control<LabCalls>('GET', '/t7/metrics');
      expect(calls.live.at(-1)).toMatchObject({ assetId: ASSET, automatedSuccessfully: false });
    });
  });

  describe('vendor faults', () => {
    it('sends the call again after UNAVAILABLE (T7 did not take it)', async () => {
      await givenT7Fault(h, {
        path: SAVE_METRICS,
        action: { kind: 'error', status: 503 },
        times: 2,
      });
      const reply = await h.caller.request(t7AutomationMetrics, {
        ticket_id: 1,
        ticket_rows: rows,
      });
      expect(reply.status).toBe(200);
    });

    it('answers 500 when T7 stays UNAVAILABLE', async () => {
      await givenT7Fault(h, { path: PREDICTION, action: { kind: 'error', status: 503 } });
      expect(await predict()).toMatchObject({ ok: false, status: 500 });
    });

    it('answers 401 when T7 refuses the caller (no credentials to renew over gRPC)', async () => {
      await givenT7Fault(h, { path: PREDICTION, action: { kind: 'expire-auth' }, times: 1 });
      expect(await predict()).toEqual({
        ok: false,
        status: 401,
        body: 'Grpc error details: authentication expired',
      });
      expect((await predict()).status).toBe(200);
    });

    it('answers 408 when T7 does not answer before the deadline', async () => {
      await givenT7Fault(h, { path: PREDICTION, action: { kind: 'timeout' }, times: 1 });
      const reply = await predict();
      expect(reply.status).toBe(408);
      expect(String(reply.body)).toMatch(/^Grpc error details: /);
    });
  });
});

describe('t7-bridge with T7 unreachable', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness('t7-down', {
      settings: { address: '127.0.0.1:1', deadlineMs: 500, retries: 1 },
    });
  });

  afterAll(async () => {
    await h.close();
  });

  it('answers 500 (UNAVAILABLE) or 408 with the gRPC details', async () => {
    const reply = await h.caller.request(t7LiveAutomationMetrics, {
      ticket_id: 1,
      asset_id: ASSET,
      automated_successfully: true,
    });
    expect([500, 408]).toContain(reply.status);
    expect(String(reply.body)).toMatch(/^Grpc error details: /);
  });
});
