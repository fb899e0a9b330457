// Contracts of the bruin-bridge subjects (spec/bridges.md §2.3), named after their subjects.
export {
  bruinId,
  bruinInventoryFilters,
  type BruinId,
  type BruinInventoryFilters,
} from './bruin-id.js';
export {
  bruinClientInfo,
  bruinCustomerGetInfo,
  type BruinClientInfo,
} from './bruin-customer-get-info.js';
export {
  bruinAttribute,
  bruinInventoryAttributes,
  type BruinAttribute,
} from './bruin-inventory-attributes.js';
export { bruinInventoryManagementStatus } from './bruin-inventory-management-status.js';
export { bruinGetSite, bruinSiteInfo, type BruinSiteInfo } from './bruin-get-site.js';
export {
  bruinGetTicketContacts,
  bruinTicketContact,
  type BruinTicketContact,
} from './bruin-get-ticket-contacts.js';
