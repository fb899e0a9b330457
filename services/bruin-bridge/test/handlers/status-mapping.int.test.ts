import {
  bruinChangeTicketSeverity,
  bruinGetAssetTopics,
  bruinGetSite,
  bruinGetTicketContacts,
  bruinInventoryAttributes,
  bruinTicketDetails,
  bruinTicketUnpause,
} from '@automation-engine/contracts/bruin';
import { defineContract } from '@automation-engine/contracts';
import { metricValue } from '@automation-engine/testing';
import { z } from 'zod';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bruinHandlers } from '../../src/handlers/bruin-handlers.js';
import { startHarness, type Harness } from '../support/bridge-harness.js';
import { anyEdge } from '../support/lab-fixtures.js';
import { givenBruinFault } from '../support/lab-tickets.js';

const BRUIN_ERROR = {
  message: 'boom',
  messageDetail: null,
  data: null,
  type: 'ValidationException',
  code: 400,
};

/** Bruin's answers, made by the lab's fault injection, and what the bridge replies (spec §2.2). */
describe('status mapping against the lab', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness('status', { settings: { retries: 0 } });
  });

  afterEach(async () => {
    await h.control('DELETE', '/faults?simulator=bruin');
  });

  afterAll(async () => {
    await h.close();
  });

  const details = () => h.caller.request(bruinTicketDetails, { ticket_id: 7 });

  it.each([
    { bruin: 400, body: BRUIN_ERROR, reply: { status: 400, body: BRUIN_ERROR } },
    { bruin: 403, body: { message: 'no' }, reply: { status: 403, body: { message: 'no' } } },
    { bruin: 404, body: BRUIN_ERROR, reply: { status: 404, body: 'Resource not found' } },
    { bruin: 409, body: { message: 'busy' }, reply: { status: 409, body: { message: 'busy' } } },
    {
      bruin: 429,
      body: { message: 'slow down' },
      reply: { status: 429, body: { message: 'slow down' } },
    },
    {
      bruin: 500,
      body: { message: 'x' },
      reply: { status: 500, body: 'Got internal error from Bruin' },
    },
    {
      bruin: 512,
      body: { message: 'x' },
      reply: { status: 500, body: 'Got internal error from Bruin' },
    },
  ])('Bruin $bruin → reply $reply.status', async ({ bruin, body, reply }) => {
    await givenBruinFault(h, { path: '/api/Ticket/*/details', status: bruin, body, times: 5 });
    expect(await details()).toEqual({ ok: false, ...reply });
  });

  it('answers 404 for inventory attributes too, where the original answered status null', async () => {
    await givenBruinFault(h, { path: '/api/Inventory/Attribute', status: 404, times: 1 });
    const edge = anyEdge(h.lab);
    const reply = await h.caller.request(bruinInventoryAttributes, {
      client_id: edge.clientId,
      status: 'A',
      service_number: edge.serial,
    });
    expect(reply).toEqual({ ok: false, status: 404, body: 'Resource not found' });
  });

  it('answers 404 for unpause, where the original answered status null', async () => {
    await givenBruinFault(h, { path: '/api/Ticket/*/detail/unpause', status: 404, times: 1 });
    const reply = await h.caller.request(bruinTicketUnpause, { ticket_id: 7, detail_id: 8 });
    expect(reply).toEqual({ ok: false, status: 404, body: 'Resource not found' });
  });

  it('site and ticket contacts answer {"error": "403 error"} for a Bruin 403', async () => {
    await givenBruinFault(h, { path: '/api/Site', status: 403, times: 1 });
    await givenBruinFault(h, { path: '/api/Ticket/Contacts', status: 403, times: 1 });
    expect(await h.caller.request(bruinGetSite, { client_id: 1, site_id: 2 })).toEqual({
      ok: false,
      status: 403,
      body: { error: '403 error' },
    });
    expect(await h.caller.request(bruinGetTicketContacts, { client_id: 1 })).toEqual({
      ok: false,
      status: 403,
      body: { error: '403 error' },
    });
  });

  it('severity answers the original sentence for a Bruin 403', async () => {
    await givenBruinFault(h, { path: '/api/Ticket/*/severity', status: 403, times: 1 });
    const reply = await h.caller.request(bruinChangeTicketSeverity, {
      ticket_id: 77,
      severity: 2,
      reason: 'r',
    });
    expect(reply).toEqual({
      ok: false,
      status: 403,
      body: 'Permissions to change the severity level of ticket 77 were not granted',
    });
  });

  it('asset topics pass a Bruin 404 through with its body', async () => {
    await givenBruinFault(h, {
      path: '/api/Ticket/topics',
      status: 404,
      body: BRUIN_ERROR,
      times: 1,
    });
    const reply = await h.caller.request(bruinGetAssetTopics, {
      client_id: 1,
      service_number: 'X',
    });
    expect(reply).toEqual({ ok: false, status: 404, body: BRUIN_ERROR });
  });

  it('answers 500 naming the fields when a Bruin answer breaks its schema', async () => {
    await givenBruinFault(h, {
      path: '/api/Ticket/*/details',
      status: 200,
      body: { ticketDetails: 'nope' },
      times: 1,
    });
    const reply = await details();
    expect(reply.status).toBe(500);
    expect(String(reply.body)).toContain('answer.ticketDetails');
  });

  it('answers 400 naming the bad field of a request, without calling Bruin', async () => {
    const raw = defineContract({
      subject: bruinTicketDetails.subject,
      request: z.unknown(),
      response: z.unknown(),
    });
    const before = await metricValue(h.registry, 'bruin_api_usage', {
      endpoint_: '/api/Ticket/{id}/details',
    });
    const reply = await h.caller.request(raw, { ticket_id: 'seven' });
    expect(reply.status).toBe(400);
    expect(String(reply.body)).toContain('body.ticket_id');
    expect(
      await metricValue(h.registry, 'bruin_api_usage', { endpoint_: '/api/Ticket/{id}/details' }),
    ).toBe(before);
  });

  it.each(bruinHandlers.map((handler) => handler.contract.subject))(
    '%s answers 400 when the body lacks its required keys',
    async (subject) => {
      const raw = defineContract({ subject, request: z.unknown(), response: z.unknown() });
      const reply = await h.caller.request(raw, {});
      expect(reply.status).toBe(400);
      expect(String(reply.body)).toMatch(/^invalid request: body\./);
    },
  );
});
