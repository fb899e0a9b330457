// Contracts of the bruin-bridge subjects (spec/bridges.md §2.3), one per subject, named after the
// subject without its `.request` suffix. Request and response field names are the original's.

// Shared pieces
export {
  bruinAnyAnswer,
  bruinId,
  bruinInventoryFilters,
  type BruinId,
  type BruinInventoryFilters,
} from './bruin-id.js';
export {
  bruinNextResultShape,
  bruinTicketDetailShape,
  bruinTicketNoteShape,
  bruinTicketShape,
  type BruinNextResultShape,
  type BruinTicketDetailShape,
  type BruinTicketNoteShape,
  type BruinTicketShape,
} from './bruin-shapes.js';

// Tickets: reading
export { bruinTicket } from './bruin-ticket.js';
export { bruinTicketBasic } from './bruin-ticket-basic.js';
export { bruinSingleTicketBasic } from './bruin-single-ticket-basic.js';
export { bruinTicketDetails } from './bruin-ticket-details.js';
export { bruinTicketOverview } from './bruin-ticket-overview.js';
export { bruinTicketDetailGetNextResults } from './bruin-ticket-detail-get-next-results.js';
export { bruinTicketGetTaskHistory } from './bruin-ticket-get-task-history.js';
export { bruinTicketDetailIds } from './bruin-ticket-detail-ids.js';
export {
  bruinGetTicketContacts,
  bruinTicketContact,
  type BruinTicketContact,
} from './bruin-get-ticket-contacts.js';
export { bruinGetAssetTopics } from './bruin-get-asset-topics.js';

// Tickets: writing
export { bruinTicketNoteAppend } from './bruin-ticket-note-append.js';
export {
  bruinNoteToAppend,
  bruinTicketMultipleNotesAppend,
  type BruinNoteToAppend,
} from './bruin-ticket-multiple-notes-append.js';
export { bruinTicketCreation } from './bruin-ticket-creation.js';
export {
  BRUIN_OUTAGE_TICKET_STATUS,
  bruinRepairItemShape,
  bruinTicketCreationOutage,
  type BruinOutageTicketStatus,
  type BruinRepairItemShape,
} from './bruin-ticket-creation-outage.js';
export { bruinTicketStatusOpen } from './bruin-ticket-status-open.js';
export { bruinTicketStatusResolve } from './bruin-ticket-status-resolve.js';
export { bruinTicketClose } from './bruin-ticket-close.js';
export { bruinTicketUnpause } from './bruin-ticket-unpause.js';
export { bruinChangeTicketSeverity } from './bruin-change-ticket-severity.js';
export { bruinTicketChangeWork } from './bruin-ticket-change-work.js';
export { bruinSubscribeUser } from './bruin-subscribe-user.js';

// Inventory and site
export {
  bruinClientInfo,
  bruinCustomerGetInfo,
  type BruinClientInfo,
} from './bruin-customer-get-info.js';
export { bruinCustomerGetInfoByDid } from './bruin-customer-get-info-by-did.js';
export {
  bruinAttribute,
  bruinInventoryAttributes,
  type BruinAttribute,
} from './bruin-inventory-attributes.js';
export { bruinInventoryAttributesSerial } from './bruin-inventory-attributes-serial.js';
export { bruinInventoryManagementStatus } from './bruin-inventory-management-status.js';
export { BRUIN_CIRCUIT_NOT_FOUND, bruinGetCircuitId } from './bruin-get-circuit-id.js';
export { bruinGetSite, bruinSiteInfo, type BruinSiteInfo } from './bruin-get-site.js';

// E-mail and notifications
export { bruinNotificationEmailMilestone } from './bruin-notification-email-milestone.js';
export { bruinEmailTag } from './bruin-email-tag.js';
export { bruinMarkEmailDone } from './bruin-mark-email-done.js';
export { bruinLinkTicketEmail } from './bruin-link-ticket-email.js';
export { bruinEmailStatus } from './bruin-email-status.js';
export { bruinEmailReply } from './bruin-email-reply.js';
