import { changeDetailWorkQueue } from './change-detail-work-queue.js';
import { changeTicketSeverity } from './change-ticket-severity.js';
import { closeTicket } from './close-ticket.js';
import type { BruinHandler } from './define-handler.js';
import { getAssetTopics } from './get-asset-topics.js';
import { getAttributesSerial } from './get-attributes-serial.js';
import { getCircuitId } from './get-circuit-id.js';
import { getClientInfo } from './get-client-info.js';
import { getClientInfoByDid } from './get-client-info-by-did.js';
import { getDetailIdsByInterfaces } from './get-detail-ids-by-interfaces.js';
import { getInventoryAttributes } from './get-inventory-attributes.js';
import { getManagementStatus } from './get-management-status.js';
import { getNextResultsForTicketDetail } from './get-next-results-for-ticket-detail.js';
import { getSingleTicketBasicInfo } from './get-single-ticket-basic-info.js';
import { getSite } from './get-site.js';
import { getTicketContacts } from './get-ticket-contacts.js';
import { getTicketDetails } from './get-ticket-details.js';
import { getTicketOverview } from './get-ticket-overview.js';
import { getTicketTaskHistory } from './get-ticket-task-history.js';
import { getTickets } from './get-tickets.js';
import { getTicketsBasicInfo } from './get-tickets-basic-info.js';
import { linkTicketToEmail } from './link-ticket-to-email.js';
import { markEmailAsDone } from './mark-email-as-done.js';
import { openTicket } from './open-ticket.js';
import { postEmailReply } from './post-email-reply.js';
import { postEmailStatus } from './post-email-status.js';
import { postEmailTag } from './post-email-tag.js';
import { postMultipleTicketNotes } from './post-multiple-ticket-notes.js';
import { postNotificationEmailMilestone } from './post-notification-email-milestone.js';
import { postOutageTicket } from './post-outage-ticket.js';
import { postTicket } from './post-ticket.js';
import { postTicketNote } from './post-ticket-note.js';
import { resolveTicket } from './resolve-ticket.js';
import { subscribeUser } from './subscribe-user.js';
import { unpauseTicket } from './unpause-ticket.js';

/** Every subject the bridge serves (the original's 34, spec/bridges.md §2.3), in the spec's order. */
export const bruinHandlers: readonly BruinHandler[] = [
  getTickets,
  getTicketsBasicInfo,
  getSingleTicketBasicInfo,
  getTicketDetails,
  getTicketOverview,
  postTicketNote,
  postMultipleTicketNotes,
  postTicket,
  openTicket,
  resolveTicket,
  closeTicket,
  unpauseTicket,
  changeTicketSeverity,
  changeDetailWorkQueue,
  getNextResultsForTicketDetail,
  getTicketTaskHistory,
  getDetailIdsByInterfaces,
  postOutageTicket,
  getClientInfo,
  getClientInfoByDid,
  getInventoryAttributes,
  getAttributesSerial,
  getManagementStatus,
  getCircuitId,
  getSite,
  getTicketContacts,
  getAssetTopics,
  postNotificationEmailMilestone,
  postEmailTag,
  markEmailAsDone,
  linkTicketToEmail,
  postEmailStatus,
  postEmailReply,
  subscribeUser,
];
