import { NOTE_HEADER } from '@automation-engine/monitoring';
import { formatNoteTime } from './note-time.js';
import { eventInterface, type VcoEvent } from './vco-event.js';

/**
 * The Events note of §2.7: one block per event in the given order, times in site-local time,
 * closing `Timestamp:` = the last event's time. `events` must not be empty.
 */
export function renderEventsNote(events: VcoEvent[], tzOffsetHours: number): string {
  const last = events.at(-1);
  if (last === undefined) throw new Error('an events note needs at least one event');
  const timeOf = (event: VcoEvent): string =>
    formatNoteTime(new Date(event.eventTime), tzOffsetHours);
  const lines = [NOTE_HEADER, 'Triage (VeloCloud)', ''];
  for (const event of events) {
    const device =
      event.category === 'EDGE' ? 'Edge' : `Interface ${eventInterface(event.message) ?? 'None'}`;
    lines.push(
      `New event: ${event.event}`,
      `Device: ${device}`,
      `Event time: ${timeOf(event)}`,
      '',
    );
  }
  lines.push(`Timestamp: ${timeOf(last)}`);
  return lines.join('\n');
}
