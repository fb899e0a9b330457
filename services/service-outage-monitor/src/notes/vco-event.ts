import type { z } from 'zod';
import type { velocloudAlertRequestEventEdge } from '@automation-engine/contracts/velocloud';

/** One event of `alert.request.event.edge`. */
export type VcoEvent = z.output<typeof velocloudAlertRequestEventEdge.response>[number];

const EVENT_INTERFACE = /^Interface (\w+) is (?:up|down)$|^Link (\w+) is (?:no longer|now) DEAD$/;

/** The interface an event's message names (`Interface GE1 is down`, `Link GE1 is now DEAD`), or null. */
export function eventInterface(message: string | null): string | null {
  if (message === null) return null;
  const match = EVENT_INTERFACE.exec(message.trim());
  return match?.[1] ?? match?.[2] ?? null;
}

/** Event time in epoch ms (unreadable → -Infinity, so it sorts as oldest). */
export function eventMillis(event: VcoEvent): number {
  const ms = Date.parse(event.eventTime);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}

/** Events newest first (stable for equal times). */
export function eventsNewestFirst(events: readonly VcoEvent[]): VcoEvent[] {
  return [...events].sort((a, b) => eventMillis(b) - eventMillis(a));
}

/** The newest event matching `accept`, or null. */
export function latestEvent(
  events: readonly VcoEvent[],
  accept: (event: VcoEvent) => boolean,
): VcoEvent | null {
  return eventsNewestFirst(events).find(accept) ?? null;
}
