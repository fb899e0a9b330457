import { z } from 'zod';
import { bruinAnyJson } from './common.js';

/** Milestone e-mail types in use (B24 `NotificationType`). */
export const BRUIN_NOTIFICATION_TYPES = [
  'TicketBYOBOutageRepairAcknowledgement-E-Mail',
  'TicketBYOBOutageRepairReminder-E-Mail',
  'TicketBYOBAffectingRepairAcknowledgement-E-Mail',
  'TicketBYOBAffectingRepairReminder-E-Mail',
  'TicketServiceAffectingRepairVelo_E-Mail',
  'TicketPIABDeviceLostPower-E-Mail',
] as const;

/** B24 `POST /api/Notification/email/milestone`. */
export const bruinMilestoneRequest = z.looseObject({
  TicketId: z.number().int(),
  NotificationType: z.string().min(1),
  Detail: z.looseObject({ ServiceNumber: z.string().min(1) }),
});
export type BruinMilestoneRequest = z.infer<typeof bruinMilestoneRequest>;

export const bruinMilestoneResponse = z.looseObject({
  eventId: z.number().int(),
  jobId: z.number().int(),
});
export type BruinMilestoneResponse = z.infer<typeof bruinMilestoneResponse>;

/** B25 `POST /api/Notification/email/ReplyAll?IsContentHTMLEncoded=true|false`. */
export const bruinEmailReplyRequest = z.looseObject({
  content: z.string(),
  emailId: z.number().int(),
});
export type BruinEmailReplyRequest = z.infer<typeof bruinEmailReplyRequest>;
/** B25 answer: passed through (e.g. `"OK"`). */
export const bruinEmailReplyResponse = bruinAnyJson;

/** B26 `POST /api/Email/status`. */
export const bruinEmailStatusRequest = z.looseObject({
  emailId: z.number().int(),
  status: z.string().min(1),
  resolution: z.string(),
  updatedBy: z.string(),
});
export type BruinEmailStatusRequest = z.infer<typeof bruinEmailStatusRequest>;

export const bruinEmailStatusResponse = z.looseObject({
  success: z.boolean(),
  emailId: z.number().int().optional(),
});
export type BruinEmailStatusResponse = z.infer<typeof bruinEmailStatusResponse>;

/** B28 `POST /api/Email/{emailId}/link/ticket/{ticketId}`. */
export const bruinEmailLinkResponse = z.looseObject({
  success: z.boolean(),
  emailId: z.number().int().optional(),
  ticketId: z.number().int().optional(),
  totalEmailAffected: z.number().int().optional(),
  warnings: z.array(z.unknown()).optional(),
});
export type BruinEmailLinkResponse = z.infer<typeof bruinEmailLinkResponse>;
