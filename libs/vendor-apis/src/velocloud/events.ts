import { z } from 'zod';
import { vcoDateTime, vcoInterval } from './common.js';

/** Event types the engine asks for (bouncing = count of `LINK_DEAD`). */
export const VCO_EVENT_TYPES = ['EDGE_UP', 'EDGE_DOWN', 'LINK_ALIVE', 'LINK_DEAD'] as const;
export type VcoEventType = (typeof VCO_EVENT_TYPES)[number];

/** V3 `event/getEnterpriseEvents` body (`edgeId` only for per-edge queries). */
export const vcoEventsRequest = z.looseObject({
  enterpriseId: z.number().int(),
  interval: vcoInterval,
  filter: z
    .looseObject({
      limit: z.number().int().positive().nullable().optional(),
      rules: z
        .array(
          z.looseObject({
            field: z.string(),
            op: z.string(),
            values: z.array(z.string()),
          }),
        )
        .optional(),
    })
    .optional(),
  edgeId: z.array(z.number().int()).optional(),
});
export type VcoEventsRequest = z.infer<typeof vcoEventsRequest>;

export const vcoEvent = z.looseObject({
  id: z.number().int(),
  eventTime: vcoDateTime,
  event: z.string(),
  category: z.string(),
  severity: z.string(),
  message: z.string(),
  edgeName: z.string().nullable(),
  enterpriseUsername: z.string().nullable(),
  segmentName: z.string().nullable(),
  detail: z.string().nullable(),
});
export type VcoEvent = z.infer<typeof vcoEvent>;

export const vcoEventsResponse = z.looseObject({
  metaData: z.looseObject({
    limit: z.number().int().nullable(),
    more: z.boolean(),
  }),
  data: z.array(vcoEvent),
});
export type VcoEventsResponse = z.infer<typeof vcoEventsResponse>;

/** The exact messages the engine parses the interface out of. */
export const vcoEventMessages = {
  linkDead: (iface: string): string => `Link ${iface} is now DEAD`,
  linkAlive: (iface: string): string => `Link ${iface} is no longer DEAD`,
  interfaceUp: (iface: string): string => `Interface ${iface} is up`,
  interfaceDown: (iface: string): string => `Interface ${iface} is down`,
} as const;

const EVENT_INTERFACE = /^(?:Link (\S+) is (?:now|no longer) DEAD|Interface (\S+) is (?:up|down))$/;

/** The interface named by a link/interface event message, or null for any other message. */
export function parseVcoEventInterface(message: string): string | null {
  const match = EVENT_INTERFACE.exec(message);
  return match ? (match[1] ?? match[2] ?? null) : null;
}
