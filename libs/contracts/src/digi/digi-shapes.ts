import { z } from 'zod';

/** A header value: DiGi takes every parameter as text; numbers are sent as their digits. */
export const digiHeaderValue = z.union([z.string(), z.number()]);

/** One message object of DiGi's reboot answer (`RecoverDevice`). */
export const digiRebootMessage = z.looseObject({
  Message: z.string().optional(),
  error: z.unknown().optional(),
  VeloSerial: z.string().optional(),
  SiteName: z.string().optional(),
  VeloInterface: z.string().optional(),
  DiscoveredIP: z.string().optional(),
  Carrier: z.string().optional(),
  DiscoveredMAC: z.string().optional(),
  Ticket: z.string().optional(),
});
export type DigiRebootMessage = z.infer<typeof digiRebootMessage>;

/** One line of the recovery logs; `TicketID` is a string, `TimestampEND` null while running. */
export const digiRecoveryLogLine = z.looseObject({
  Id: z.number().int(),
  igzID: z.string().nullable(),
  RequestID: z.string(),
  Method: z.string(),
  System: z.string(),
  VeloSerial: z.string(),
  TicketID: z.string(),
  DeviceSN: z.string(),
  Notes: z.string().nullable(),
  TimestampSTART: z.string(),
  TimestampEND: z.string().nullable(),
});
export type DigiRecoveryLogLine = z.infer<typeof digiRecoveryLogLine>;
