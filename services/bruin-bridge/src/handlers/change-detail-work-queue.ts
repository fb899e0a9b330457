import { EngineError } from '@automation-engine/contracts';
import { bruinTicketChangeWork } from '@automation-engine/contracts/bruin';
import { bruinEndpoints } from '../bruin-client/bruin-endpoints.js';
import { findWorkQueue } from '../mapping/find-work-queue.js';
import { defineHandler } from './define-handler.js';

/**
 * `bruin.ticket.change.work`: `PUT /api/Ticket/{id}/details/work`. Without `work_queue_id`, the
 * queue's id is first looked up by name in the detail's next results; the original's replies
 * when that fails are kept (its status for a failed lookup, 400 already there, 404 not found).
 */
export const changeDetailWorkQueue = defineHandler(
  bruinTicketChangeWork,
  async (body, { bruin }) => {
    const ticketId = body.ticket_id;
    const lookup = {
      ...(body.detail_id === undefined ? {} : { DetailId: body.detail_id }),
      ...(body.service_number === undefined ? {} : { ServiceNumber: body.service_number }),
    };
    const filters = JSON.stringify(lookup);
    let resultTypeId = body.work_queue_id ?? undefined;
    if (resultTypeId === undefined) {
      const next = await bruin
        .call(bruinEndpoints.nextResult, { params: { ticketId }, query: lookup })
        .catch((error: unknown) => {
          if (!(error instanceof EngineError)) throw error;
          const message =
            `Error while claiming possible work queues for ticket ${String(ticketId)} and filters ` +
            `${filters}: ${typeof error.body === 'string' ? error.body : JSON.stringify(error.body)}`;
          throw new EngineError(error.code, message, { status: error.status, cause: error });
        });
      const choice = findWorkQueue(next.data, body.queue_name);
      switch (choice.kind) {
        case 'already-there':
          throw new EngineError(
            'BAD_REQUEST',
            `Ticket ${String(ticketId)} is already in the queue ${body.queue_name}`,
          );
        case 'no-queues':
          throw new EngineError(
            'NOT_FOUND',
            `No work queues were found for ticket ${String(ticketId)} and filters ${filters}`,
          );
        case 'not-offered':
          throw new EngineError(
            'NOT_FOUND',
            `No work queue with name ${body.queue_name} was found using ticket ID ${String(ticketId)} and filters ${filters}`,
          );
        case 'found':
          resultTypeId = choice.resultTypeId;
      }
    }
    const detail = {
      ...(body.detail_id === undefined ? {} : { detailId: Number(body.detail_id) }),
      ...(body.service_number === undefined ? {} : { serviceNumber: body.service_number }),
    };
    const { status, data } = await bruin.call(bruinEndpoints.workQueue, {
      params: { ticketId },
      body: { details: [detail], notes: [], resultTypeId },
    });
    return { status, body: data };
  },
);
