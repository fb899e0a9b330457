import { z } from 'zod';

/**
 * DiGi recovery (spec/vendor-apis.md §6). Parameters travel as **HTTP headers**, not query or
 * body: the bridge PascalCases its NATS body and merges it into the headers next to the token.
 */
export const DIGI_HEADERS = {
  veloSerial: 'VeloSerial',
  ticket: 'Ticket',
  mac: 'MAC',
  igzId: 'IgzID',
  startDateTime: 'StartDateTime',
  size: 'Size',
  offset: 'Offset',
} as const;

/** DiGi date-times: `YYYY-MM-DDTHH:MM:SSZ`. */
export const digiDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, 'expected YYYY-MM-DDTHH:MM:SSZ');

/**
 * D1 message object. The bridge answers 400 when an element has a non-null `error`, or a
 * `Message` containing `Aborted`; the rest are informational.
 */
export const digiRecoverDeviceMessage = z.looseObject({
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
export type DigiRecoverDeviceMessage = z.infer<typeof digiRecoverDeviceMessage>;

/** D1 `POST …/Recovery/RecoverDevice` answer: a JSON array of message objects. */
export const digiRecoverDeviceResponse = z.array(digiRecoverDeviceMessage);
export type DigiRecoverDeviceResponse = z.infer<typeof digiRecoverDeviceResponse>;

/** One recovery log line; `TicketID` is a string, `TimestampEND` null while running. */
export const digiRecoveryLog = z.looseObject({
  Id: z.number().int(),
  igzID: z.string().nullable(),
  RequestID: z.string(),
  Method: z.string(),
  System: z.string(),
  VeloSerial: z.string(),
  TicketID: z.string(),
  DeviceSN: z.string(),
  Notes: z.string().nullable(),
  TimestampSTART: digiDateTime,
  TimestampEND: digiDateTime.nullable(),
  Success: z.boolean().nullable().optional(),
});
export type DigiRecoveryLog = z.infer<typeof digiRecoveryLog>;

/** D2 `GET …/Recovery/Logs` answer. */
export const digiRecoveryLogsResponse = z.looseObject({
  Logs: z.array(digiRecoveryLog),
  Count: z.number().int().min(0),
  Size: z.string(),
  Offset: z.string(),
});
export type DigiRecoveryLogsResponse = z.infer<typeof digiRecoveryLogsResponse>;

/** D2 failure with HTTP 200: a top-level `Error` (the bridge answers 400). */
export const digiErrorResponse = z.looseObject({
  Error: z.looseObject({ Code: z.string(), Message: z.string() }),
});
export type DigiErrorResponse = z.infer<typeof digiErrorResponse>;

/** Either D2 answer. */
export const digiRecoveryLogsAnswer = z.union([digiErrorResponse, digiRecoveryLogsResponse]);
