/**
 * Bruin paths (relative to `BRUIN_BASE_URL`, the token one to `BRUIN_LOGIN_URL`), keyed by what
 * they do. `{name}` marks a path parameter. The B-numbers are those of spec/vendor-apis.md §2.3.
 */
export const bruinPaths = {
  token: '/identity/connect/token',
  tickets: '/api/Ticket', // B1
  ticketsBasic: '/api/Ticket/basic', // B2
  ticketDetails: '/api/Ticket/{ticketId}/details', // B3
  noteAppend: '/api/Ticket/{ticketId}/notes', // B4
  notesAdvanced: '/api/Ticket/{ticketId}/notes/advanced', // B5
  ticketCreation: '/api/Ticket/', // B6
  repairTicket: '/api/Ticket/repair', // B7
  detailStatus: '/api/Ticket/{ticketId}/details/{detailId}/status', // B8
  ticketClose: '/api/Ticket/{ticketId}/close', // B9
  severity: '/api/Ticket/{ticketId}/severity', // B10
  nextResult: '/api/Ticket/{ticketId}/nextresult', // B11
  workQueue: '/api/Ticket/{ticketId}/details/work', // B12
  unpause: '/api/Ticket/{ticketId}/detail/unpause', // B13
  taskHistory: '/api/Ticket/AITicketData', // B14
  detailIds: '/api/Ticket/{ticketId}/details/{detailId}/detailids', // B15
  assetTopics: '/api/Ticket/topics', // B16
  ticketContacts: '/api/Ticket/Contacts', // B17
  subscribeUser: '/api/Ticket/{ticketId}/subscribeUser', // B18
  inventory: '/api/Inventory', // B19
  inventoryAttributes: '/api/Inventory/Attribute', // B20
  circuit: '/api/Inventory/circuit', // B21
  phoneLines: '/api/Inventory/phoneNumber/Lines', // B22
  site: '/api/Site', // B23
  milestoneEmail: '/api/Notification/email/milestone', // B24
  emailReplyAll: '/api/Notification/email/ReplyAll', // B25
  emailStatus: '/api/Email/status', // B26
  emailTag: '/api/Email/{emailId}/tag/{tagId}', // B27
  emailLinkTicket: '/api/Email/{emailId}/link/ticket/{ticketId}', // B28
} as const;
export type BruinPathName = keyof typeof bruinPaths;
