import { NOTE_HEADER } from '@automation-engine/monitoring';
import { formatNoteTime, NOTE_TIME_ZONE } from './note-time.js';

interface Stamped {
  now: Date;
  /** Zone of the `TimeStamp:` line (default the original's `TIMEZONE`, US/Eastern). */
  timeZone?: string;
}

const stamp = (spec: Stamped): string =>
  `TimeStamp: ${formatNoteTime(spec.now, spec.timeZone ?? NOTE_TIME_ZONE)}`;

/** Auto-resolve note: for the edge's serial, or (line variant) for a line's service number. */
export function renderAutoresolveNote(spec: Stamped & { serial?: string; line?: string }): string {
  const subject =
    spec.line === undefined
      ? `Auto-resolving detail for serial: ${spec.serial ?? ''}`
      : `Auto-resolving detail for line: ${spec.line}`;
  return [NOTE_HEADER, subject, stamp(spec)].join('\n');
}

/** Note of a started DiGi reboot. */
export function renderDigiRebootNote(
  spec: Stamped & { serial: string; interface: string },
): string {
  return [
    NOTE_HEADER,
    `Offline DiGi interface identified for serial: ${spec.serial}`,
    `Interface: ${spec.interface}`,
    'Automatic reboot attempt started.',
    stamp(spec),
  ].join('\n');
}

/** Note of a task moved after a failed DiGi reboot (posted without service number). */
export function renderTaskResultNote(spec: Stamped & { queue: string }): string {
  return [NOTE_HEADER, 'DiGi reboot failed', `Moving task to: ${spec.queue}`, stamp(spec)].join(
    '\n',
  );
}

/** The Client Reminder note (BYOB acknowledgement / reminder e-mails). */
export function renderClientReminderNote(): string {
  return [NOTE_HEADER, 'Client Reminder'].join('\n');
}
