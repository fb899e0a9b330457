import type { Engine } from './engine-harness.js';
import type { LabNoteView, LabTicketView } from './lab-reader.js';
import { waitFor, type WaitOptions } from '@automation-engine/testing';

/** First line of every note the engine writes. */
export const NOTE_HEADER = "#*MetTel's IPA*#";

/** `https://app.bruin.com/t/<id>`: the ticket link of Slack messages. */
export function ticketUrl(ticketId: number): string {
  return `https://app.bruin.com/t/${String(ticketId)}`;
}

/** Notes the engine wrote whose second line starts with `secondLine`. */
export function notesStartingWith(ticket: LabTicketView, secondLine: string): LabNoteView[] {
  return ticket.notes.filter((note) => note.noteValue.startsWith(`${NOTE_HEADER}\n${secondLine}`));
}

/** The detail of a ticket that holds a service number. */
export function detailOf(ticket: LabTicketView, serviceNumber: string) {
  const detail = ticket.details.find((d) => d.detailValue === serviceNumber);
  if (detail === undefined) {
    throw new Error(`ticket ${String(ticket.ticketID)} has no detail for ${serviceNumber}`);
  }
  return detail;
}

export async function edgeDown(engine: Engine, serial: string): Promise<void> {
  await engine.control('POST', `/fleet/edges/${serial}/down`);
}

export async function edgeUp(engine: Engine, serial: string): Promise<void> {
  await engine.control('POST', `/fleet/edges/${serial}/up`);
}

export async function linkDown(engine: Engine, serial: string, iface: string): Promise<void> {
  await engine.control('POST', `/fleet/edges/${serial}/links/${iface}/down`);
}

export async function linkUp(engine: Engine, serial: string, iface: string): Promise<void> {
  await engine.control('POST', `/fleet/edges/${serial}/links/${iface}/up`);
}

/** Tickets of a topic holding a service number, oldest first. */
export async function ticketsFor(
  engine: Engine,
  serviceNumber: string,
  topic: 'VOO' | 'VAS',
): Promise<LabTicketView[]> {
  return engine.read.tickets({ serviceNumber, topic });
}

/** What {@link waitForTicket} waits for. */
export interface TicketWait extends WaitOptions {
  serial: string;
  topic: 'VOO' | 'VAS';
  /** Words for the timeout message. */
  what: string;
  /** Default: any ticket. */
  accepts?: (ticket: LabTicketView) => boolean;
}

/**
 * Waits until the lab's Bruin holds a ticket of `topic` for `serial` that satisfies `accepts`,
 * and returns it.
 */
export function waitForTicket(engine: Engine, wait: TicketWait): Promise<LabTicketView> {
  const { serial, topic, what, accepts = () => true, ...options } = wait;
  return waitFor(
    `${what} (${topic} ticket of ${serial})`,
    async () => (await ticketsFor(engine, serial, topic)).find(accepts),
    { timeoutMs: 45_000, intervalMs: 300, ...options },
  );
}

/** Waits until a Slack message containing every one of `parts` arrived; returns its text. */
export function waitForSlack(
  engine: Engine,
  parts: readonly string[],
  options: WaitOptions = {},
): Promise<string> {
  return waitFor(
    `a Slack message with ${parts.map((p) => `"${p}"`).join(' and ')}`,
    async () => {
      const messages = await engine.read.slack(parts[0]);
      return messages.find((m) => parts.every((part) => m.text.includes(part)))?.text;
    },
    { timeoutMs: 20_000, intervalMs: 300, ...options },
  );
}
