import {
  bruinAdvancedNotesResponse,
  bruinAssetTopicsResponse,
  bruinCircuitResponse,
  bruinDetailIdsResponse,
  bruinEmailLinkResponse,
  bruinEmailStatusResponse,
  bruinErrorResponse,
  bruinInventoryAttributesResponse,
  bruinInventoryResponse,
  bruinMilestoneResponse,
  bruinNextResultResponse,
  bruinPhoneLineResponse,
  bruinRepairTicketResponse,
  bruinSeverityResponse,
  bruinSiteResponse,
  bruinTaskHistoryResponse,
  bruinTicketBasicResponse,
  bruinTicketContactsResponse,
  bruinTicketCreationResponse,
  bruinTicketDetailsResponse,
  bruinTicketListResponse,
  bruinTokenErrorResponse,
  bruinTokenResponse,
  bruinWorkQueueChangeResponse,
} from '@automation-engine/vendor-apis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { FleetEdge } from '../../src/fleet/fleet-types.js';
import { labFixture, pickEdge, type LabFixture } from '../helpers/lab-fixture.js';

let lab: LabFixture;
let edge: FleetEdge;
let auth: { authorization: string };
let ticketId: number;
let detailId: number;

async function call(args: { method?: 'GET' | 'POST' | 'PUT'; url: string; payload?: unknown }) {
  return lab.bruin.inject({
    method: args.method ?? 'GET',
    url: args.url,
    headers: { ...auth, 'content-type': 'application/json-patch+json' },
    ...(args.payload === undefined ? {} : { payload: JSON.stringify(args.payload) }),
  });
}

async function expectContract(schema: z.ZodType, args: Parameters<typeof call>[0], status = 200) {
  const response = await call(args);
  expect(response.statusCode, response.body).toBe(status);
  const parsed = schema.safeParse(response.json());
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
  return response.json<unknown>();
}

beforeAll(async () => {
  lab = labFixture({ edges: 60 });
  edge = pickEdge(lab.ctx.fleet.edges, (e) => e.links.some((l) => l.type === 'WIRELESS'));
  auth = await lab.bruinAuth();
  const body = (await expectContract(bruinRepairTicketResponse, {
    method: 'POST',
    url: '/api/Ticket/repair',
    payload: {
      ClientID: edge.clientId,
      WTNs: [edge.serial],
      RequestDescription: "MetTel's IPA -- Service Outage Trouble",
    },
  })) as { items: { ticketId: number }[] };
  ticketId = body.items[0]?.ticketId ?? 0;
  detailId = lab.ctx.tickets.require(ticketId).details[0]?.detailID ?? 0;
});
afterAll(async () => {
  await lab.close();
});

describe('bruin contract - every simulated answer parses with the vendor-apis schema', () => {
  it('token endpoint (and its OAuth error)', async () => {
    const ok = await lab.bruin.inject({
      method: 'POST',
      url: '/identity/connect/token',
      headers: {
        authorization: `Basic ${Buffer.from('lab-client:lab-secret').toString('base64')}`,
      },
      payload: { grant_type: 'client_credentials', scope: 'public_api' },
    });
    expect(bruinTokenResponse.safeParse(ok.json()).success).toBe(true);
    const bad = await lab.bruin.inject({
      method: 'POST',
      url: '/identity/connect/token',
      payload: {},
    });
    expect(bruinTokenErrorResponse.safeParse(bad.json()).success).toBe(true);
  });

  it('B1 tickets and B2 basic tickets', async () => {
    const list = (await expectContract(bruinTicketListResponse, {
      url: `/api/Ticket?ClientId=${String(edge.clientId)}&TicketStatus=New&TicketTopic=VOO`,
    })) as { responses: unknown[] };
    expect(list.responses).toHaveLength(1);
    await expectContract(bruinTicketBasicResponse, {
      url: `/api/Ticket/basic?ClientId=${String(edge.clientId)}&TicketStatus=New&TicketStatus=InProgress&PageSize=100&PageNumber=1`,
    });
  });

  it('B3 details, B4 note, B5 advanced notes', async () => {
    await call({
      method: 'POST',
      url: `/api/Ticket/${String(ticketId)}/notes`,
      payload: { note: 'hello', serviceNumbers: [edge.serial] },
    });
    await expectContract(bruinAdvancedNotesResponse, {
      method: 'POST',
      url: `/api/Ticket/${String(ticketId)}/notes/advanced`,
      payload: {
        notes: [
          { noteValue: "#*MetTel's IPA*#\nprivate", noteType: 'CON', serviceNumber: edge.serial },
        ],
      },
    });
    await expectContract(bruinTicketDetailsResponse, {
      url: `/api/Ticket/${String(ticketId)}/details`,
    });
  });

  it('B6 ticket creation', async () => {
    await expectContract(bruinTicketCreationResponse, {
      method: 'POST',
      url: '/api/Ticket/',
      payload: {
        clientId: edge.clientId,
        category: 'VAS',
        services: [{ serviceNumber: edge.serial }],
        contacts: [{ email: 'a@b.example', name: 'A B', type: 'ticket' }],
        notes: [],
      },
    });
  });

  it('B10 severity, B11 next results, B12 work queue, B14 task history, B15 detail ids', async () => {
    await expectContract(bruinSeverityResponse, {
      method: 'PUT',
      url: `/api/Ticket/${String(ticketId)}/severity`,
      payload: { Severity: 2, Reason: 'edge down' },
    });
    await expectContract(bruinNextResultResponse, {
      url: `/api/Ticket/${String(ticketId)}/nextresult?ServiceNumber=${edge.serial}&DetailId=${String(detailId)}`,
    });
    await expectContract(bruinWorkQueueChangeResponse, {
      method: 'PUT',
      url: `/api/Ticket/${String(ticketId)}/details/work`,
      payload: {
        details: [{ detailId, serviceNumber: edge.serial }],
        notes: [],
        resultTypeId: 140,
      },
    });
    await expectContract(bruinTaskHistoryResponse, {
      url: `/api/Ticket/AITicketData?ticketId=${String(ticketId)}`,
    });
    await expectContract(bruinDetailIdsResponse, {
      url: `/api/Ticket/${String(ticketId)}/details/${String(detailId)}/detailids?interfaces=GE1,GE2`,
    });
  });

  it('B16 asset topics (and its ValidationException) and B17 contacts', async () => {
    await expectContract(bruinAssetTopicsResponse, {
      url: `/api/Ticket/topics?ClientId=${String(edge.clientId)}&ServiceNumber=${edge.serial}`,
    });
    const error = (await expectContract(
      bruinErrorResponse,
      { url: `/api/Ticket/topics?ClientId=${String(edge.clientId)}&ServiceNumber=NOPE` },
      400,
    )) as { type: string };
    expect(error.type).toBe('ValidationException');
    await expectContract(bruinTicketContactsResponse, {
      url: `/api/Ticket/Contacts?ClientId=${String(edge.clientId)}`,
    });
  });

  it('B19 inventory, B20 attributes, B21 circuit, B22 DID line, B23 site', async () => {
    await expectContract(bruinInventoryResponse, {
      url: `/api/Inventory?ServiceNumber=${edge.serial}`,
    });
    await expectContract(bruinInventoryAttributesResponse, {
      url: `/api/Inventory/Attribute?ClientId=${String(edge.clientId)}&Status=A&ServiceNumber=${edge.serial}`,
    });
    const circuit = edge.links[0]?.circuit;
    await expectContract(bruinCircuitResponse, {
      url: `/api/Inventory/circuit?CircuitId=${circuit?.circuitId ?? ''}`,
    });
    const client = lab.ctx.fleet.index.clientById.get(edge.clientId);
    const did = encodeURIComponent(client?.phoneLines[0]?.phoneNumber ?? '');
    await expectContract(bruinPhoneLineResponse, {
      url: `/api/Inventory/phoneNumber/Lines?phoneNumber=${did}&phoneNumberType=DID`,
    });
    await expectContract(bruinSiteResponse, {
      url: `/api/Site?ClientId=${String(edge.clientId)}&SiteId=${String(edge.siteId)}`,
    });
  });

  it('B24 milestone, B26 e-mail status, B28 link e-mail to ticket', async () => {
    await expectContract(bruinMilestoneResponse, {
      method: 'POST',
      url: '/api/Notification/email/milestone',
      payload: {
        TicketId: ticketId,
        NotificationType: 'TicketBYOBOutageRepairAcknowledgement-E-Mail',
        Detail: { ServiceNumber: edge.serial },
      },
    });
    await expectContract(bruinEmailStatusResponse, {
      method: 'POST',
      url: '/api/Email/status',
      payload: {
        emailId: 5120334,
        status: 'Done',
        resolution: 'Mark as done by IPA',
        updatedBy: 'IPA',
      },
    });
    await expectContract(bruinEmailLinkResponse, {
      method: 'POST',
      url: `/api/Email/5120334/link/ticket/${String(ticketId)}`,
    });
  });

  it('standard errors parse as the Bruin error object', async () => {
    await expectContract(bruinErrorResponse, { url: '/api/Ticket/999/details' }, 404);
    await expectContract(
      bruinErrorResponse,
      {
        method: 'PUT',
        url: `/api/Ticket/${String(ticketId)}/severity`,
        payload: { Severity: 9, Reason: 'x' },
      },
      400,
    );
    await expectContract(bruinErrorResponse, { url: '/api/Nope' }, 404);
  });
});
