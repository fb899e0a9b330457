import {
  bruinPaths,
  type BruinAssetTopicsResponse,
  type BruinNextResultResponse,
  type BruinTicketBasicResponse,
  type BruinTicketContactsResponse,
  type BruinTicketListResponse,
} from '@automation-engine/vendor-apis';
import type { FastifyInstance } from 'fastify';
import { parseLabTime } from '../../clock/parse-lab-time.js';
import type { BruinDeps } from '../bruin-deps.js';
import { badRequest, BruinHttpError, BruinQuery, intParam, notFound } from '../bruin-http.js';
import { toBruinTicket, toTaskHistory, toTicketDetails } from '../bruin-views.js';
import { TICKET_TOPICS } from '../lab-ticket.js';
import type { TicketFilter } from '../ticket-store.js';
import { WORK_QUEUES } from '../work-queues.js';

const BASIC_FILTERS = new Set([
  'clientid',
  'ticketid',
  'ticketstatus',
  'tickettopic',
  'productcategory',
  'servicenumber',
  'startdate',
  'enddate',
  'siteid',
  'calltype',
  'pagesize',
  'pagenumber',
]);

/** B1, B2, B3, B11, B14, B15, B16, B17: reading tickets and what hangs off them. */
export function registerTicketReadRoutes(app: FastifyInstance, deps: BruinDeps): void {
  const { tickets } = deps.ctx;

  app.get(bruinPaths.tickets, (request): BruinTicketListResponse => {
    const filter = ticketFilter(new BruinQuery(request));
    return { responses: tickets.list(filter).map(toBruinTicket) };
  });

  app.get(
    bruinPaths.ticketsBasic,
    async (request, reply): Promise<BruinTicketBasicResponse | string> => {
      const query = new BruinQuery(request);
      const unknown = query.keys().filter((k) => !BASIC_FILTERS.has(k));
      if (unknown.length > 0) {
        return reply
          .code(400)
          .type('text/plain')
          .send(`Invalid filter(s): ${unknown.join(', ')}`);
      }
      const pageSize = query.int('PageSize') ?? 100;
      const pageNumber = query.int('PageNumber') ?? 1;
      if (pageSize < 1 || pageNumber < 1)
        throw badRequest('PageSize and PageNumber must be positive.');
      const all = tickets.list(ticketFilter(query));
      const start = (pageNumber - 1) * pageSize;
      const page = all.slice(start, start + pageSize).map(toBruinTicket);
      return { total: all.length, start, currentPageSize: page.length, responses: page };
    },
  );

  app.get(bruinPaths.ticketDetails.replace('{ticketId}', ':ticketId'), (request) =>
    toTicketDetails(requireTicket(deps, intParam(request, 'ticketId'))),
  );

  app.get(
    bruinPaths.nextResult.replace('{ticketId}', ':ticketId'),
    (request): BruinNextResultResponse => {
      const ticket = requireTicket(deps, intParam(request, 'ticketId'));
      const query = new BruinQuery(request);
      const detailId = query.int('DetailId');
      const serviceNumber = query.string('ServiceNumber');
      const detail = ticket.details.find(
        (d) =>
          (detailId !== undefined && d.detailID === detailId) ||
          (serviceNumber !== undefined && d.detailValue === serviceNumber),
      );
      if (detail === undefined)
        throw badRequest('No detail matches the ServiceNumber/DetailId given.');
      return {
        currentTaskId: detail.currentTaskID,
        currentTaskKey: detail.currentTaskKey,
        currentTaskName: `${detail.currentTaskName} `,
        nextResults: WORK_QUEUES.filter((q) => q.resultName !== detail.currentTaskName).map(
          (q) => ({
            resultTypeId: q.resultTypeId,
            resultName: q.resultName,
            notes: q.notes,
          }),
        ),
      };
    },
  );

  app.get(bruinPaths.taskHistory, (request) => {
    const ticketId = new BruinQuery(request).requiredInt('ticketId');
    return { result: toTaskHistory(requireTicket(deps, ticketId)) };
  });

  app.get(
    bruinPaths.detailIds.replace('{ticketId}', ':ticketId').replace('{detailId}', ':detailId'),
    (request): number[] => {
      const ticket = requireTicket(deps, intParam(request, 'ticketId'));
      const detail = tickets.requireDetail(ticket, intParam(request, 'detailId'));
      const interfaces = new BruinQuery(request).list('interfaces') ?? [];
      const edge = deps.ctx.fleet.index.edgeBySerial.get(detail.detailValue);
      return interfaces.flatMap((iface) => {
        const circuit = edge?.links.find((l) => l.interface === iface)?.circuit.serviceNumber;
        return ticket.details.filter((d) => d.detailValue === circuit).map((d) => d.detailID);
      });
    },
  );

  app.get(bruinPaths.assetTopics, (request): BruinAssetTopicsResponse => {
    const query = new BruinQuery(request);
    const clientId = query.requiredInt('ClientId');
    const serviceNumber = query.requiredString('ServiceNumber');
    if (tickets.activeInventory(serviceNumber, clientId) === undefined) {
      throw badRequest(`Asset ${serviceNumber} was not found for client ${String(clientId)}.`);
    }
    return {
      callTypes: Object.entries(TICKET_TOPICS).map(([category, categoryDescription]) => ({
        callType: 'REP',
        callTypeDescription: 'Repair Request',
        category,
        categoryDescription,
      })),
    };
  });

  app.get(bruinPaths.ticketContacts, (request): BruinTicketContactsResponse => {
    const clientId = new BruinQuery(request).requiredInt('ClientId');
    const client = deps.ctx.fleet.index.clientById.get(clientId);
    return {
      results: (client?.contacts ?? []).map((c) => ({
        userID: c.userID,
        dirID: c.dirID,
        clientID: c.clientId,
        username: c.username,
        email: c.email,
        firstName: c.firstName,
        lastName: c.lastName,
        phone: c.phone,
      })),
    };
  });
}

export function requireTicket(deps: BruinDeps, ticketId: number) {
  const ticket = deps.ctx.tickets.get(ticketId);
  if (ticket === undefined) throw notFound(`Ticket ${String(ticketId)} was not found.`);
  return ticket;
}

function ticketFilter(query: BruinQuery): TicketFilter {
  const time = (name: string): number | undefined => {
    const value = query.string(name);
    if (value === undefined) return undefined;
    const parsed = parseLabTime(value);
    if (parsed === null)
      throw new BruinHttpError(400, `The value '${value}' is not a valid ${name}.`);
    return parsed;
  };
  const filter: TicketFilter = {};
  const set = <K extends keyof TicketFilter>(key: K, value: TicketFilter[K] | undefined): void => {
    if (value !== undefined) filter[key] = value;
  };
  set('clientId', query.int('ClientId'));
  set('ticketId', query.int('TicketId'));
  const statuses = query.list('TicketStatus');
  if (statuses !== undefined && statuses.length > 0) filter.statuses = statuses;
  set('topic', query.string('TicketTopic'));
  set('category', query.string('ProductCategory'));
  set('serviceNumber', query.string('ServiceNumber'));
  set('siteId', query.int('SiteId'));
  set('createdFrom', time('StartDate'));
  set('createdTo', time('EndDate'));
  return filter;
}
