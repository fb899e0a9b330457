/**
 * Where a subject answers a Bruin status differently from `bruinStatusReply` (spec/bridges.md §2.2
 * and §2.3): the body to send instead, by Bruin status. The status itself is kept. One row per
 * subject that deviates; every other subject uses the standard mapping as it is.
 */
export type StatusBodies = Readonly<Partial<Record<number, unknown>>>;

export const statusDeviations = {
  /** `bruin.ticket.creation.outage.request` (both forms). */
  outageTicket: (args: { payload: unknown; url: string }): StatusBodies => ({
    403: `Permissions to create a new outage ticket with payload ${JSON.stringify(args.payload)} were not granted`,
    404: `Check mistypings in URL: ${args.url}`,
  }),
  /** `bruin.change.ticket.severity`. */
  severity: (args: { ticketId: string | number }): StatusBodies => ({
    403: `Permissions to change the severity level of ticket ${String(args.ticketId)} were not granted`,
  }),
  /** `bruin.get.site`. */
  site: (): StatusBodies => ({ 403: { error: '403 error' } }),
  /** `bruin.get.ticket.contacts`. */
  ticketContacts: (): StatusBodies => ({ 403: { error: '403 error' } }),
  /** `bruin.email.tag.request`. */
  emailTag: (args: { emailId: string | number; tagId: string | number }): StatusBodies => ({
    409: `Tag with ID ${String(args.tagId)} already present in e-mail with ID ${String(args.emailId)}`,
  }),
} as const;
