import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { digiHeaderValue, digiRebootMessage } from './digi-shapes.js';

/**
 * `digi.reboot`: reboots the DiGi router behind an edge's link. The body's keys are PascalCased
 * and sent as HTTP headers (`VeloSerial`, `Ticket`, `MAC`; other keys too, e.g. `igzID` →
 * `IgzID`). The reply body is DiGi's list of messages, on success (200) and on a logical failure
 * (400: an item with `error`, or a `Message` with `Aborted`).
 */
export const digiReboot = defineContract({
  subject: 'digi.reboot',
  request: z.looseObject({
    velo_serial: z.string().min(1),
    /** The Bruin ticket id, as text. */
    ticket: z.string().min(1),
    /** The link's logical id (the DiGi router's MAC). */
    MAC: z.string().min(1),
    igzID: digiHeaderValue.optional(),
  }),
  response: z.array(digiRebootMessage),
  timeoutMs: 150_000,
  // The original answers with the envelope's top-level igzID (normally null): spec bridges §1.2.
  echoEnvelopeFields: ['igzID'],
  description: 'Reboots a DiGi device of an edge (DiGi RecoverDevice)',
});
