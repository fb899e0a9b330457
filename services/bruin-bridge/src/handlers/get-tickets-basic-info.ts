import { bruinTicketBasic } from '@automation-engine/contracts/bruin';
import type { BruinBasicTicket } from '@automation-engine/vendor-apis';
import { bruinEndpoints } from '../bruin-client/bruin-endpoints.js';
import type { QueryValue } from '../bruin-client/bruin-client.js';
import { pascalCaseKeys } from '../bruin-client/pascal-case-keys.js';
import { defineHandler } from './define-handler.js';

export const BASIC_PAGE_SIZE = 100;

/**
 * `bruin.ticket.basic.request`: every page of `GET /api/Ticket/basic` (100 a page), until `total`
 * tickets are in or a page comes back empty (the original looped forever on a page that claimed
 * tickets but listed none). A page that still fails after the client's retries
 * fails the whole request, as in the original.
 */
export const getTicketsBasicInfo = defineHandler(
  bruinTicketBasic,
  async (body, { bruin, logger }) => {
    const { ticket_statuses: statuses, ...filters } = body;
    const query = pascalCaseKeys(filters) as Record<string, QueryValue>;
    const tickets: BruinBasicTicket[] = [];
    let remaining: number | undefined;
    for (let page = 1; remaining === undefined || remaining > 0; page += 1) {
      const { data } = await bruin.call(bruinEndpoints.ticketsBasic, {
        query: { ...query, TicketStatus: statuses, PageSize: BASIC_PAGE_SIZE, PageNumber: page },
      });
      tickets.push(...data.responses);
      remaining = (remaining ?? Number(data.total)) - data.responses.length;
      if (remaining > 0 && (data.currentPageSize === 0 || data.responses.length === 0)) {
        logger.warn(
          { page, remaining },
          'Bruin returned an empty page before the total was reached',
        );
        break;
      }
    }
    return { status: 200, body: tickets };
  },
);
