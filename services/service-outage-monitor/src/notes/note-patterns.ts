import { ANY_HEADER_SOURCE, NOTE_HEADER, noteStartsWith } from '@automation-engine/monitoring';
import { OUTAGE_TYPES, type OutageType } from '../model.js';

type NoteText = string | null | undefined;

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const orNull = (text: NoteText): string | null => text ?? null;

const triageMatcher = noteStartsWith('Triage \\(VeloCloud\\)');
const reopenMatcher = noteStartsWith('Re-opening');
const autoresolveMatcher = noteStartsWith('Auto-resolving detail for serial');
/** The original matched DiGi and reminder notes with the current header only; kept, both headers accepted. */
const digiPattern = new RegExp(
  `^${ANY_HEADER_SOURCE}\\nOffline DiGi interface .*\\nInterface: (?<iface>\\w+)`,
);
const reminderMatcher = noteStartsWith('Client Reminder');
const outageTypePattern = new RegExp(`Outage Type: (${OUTAGE_TYPES.map(escaped).join('|')})`);
const linkBlockPattern =
  /Interface (?<iface>\w+)\r?\nInterface \w+ Label: (?<label>.+)\r?\nInterface \w+ IP Address: .+\r?\nInterface \w+ Type: (?:Unknown|(?:Public|Private) (?<type>Wired|Wireless))\r?\nInterface \w+ Status: (?<status>.+)\r?\n/g;

/** A triage note (`Triage (VeloCloud)` after either header); events notes match too, as in the original. */
export function isTriageNote(text: NoteText): boolean {
  return triageMatcher(orNull(text));
}

/** A reopen note (`Re-opening…`). */
export function isReopenNote(text: NoteText): boolean {
  return reopenMatcher(orNull(text));
}

/** An auto-resolve note for a serial (line notes do not count towards the limit). */
export function isAutoresolveNote(text: NoteText): boolean {
  return autoresolveMatcher(orNull(text));
}

/** A DiGi reboot note. */
export function isDigiRebootNote(text: NoteText): boolean {
  return text !== null && text !== undefined && digiPattern.test(text);
}

/** The interface a DiGi reboot note names, or null. */
export function digiNoteInterface(text: NoteText): string | null {
  if (text === null || text === undefined) return null;
  return digiPattern.exec(text)?.groups?.iface ?? null;
}

/** A Client Reminder note. */
export function isClientReminderNote(text: NoteText): boolean {
  return reminderMatcher(orNull(text));
}

/** The `Outage Type:` of a triage/reopen note, or null. */
export function outageTypeOfNote(text: NoteText): OutageType | null {
  if (text === null || text === undefined) return null;
  const found = outageTypePattern.exec(text)?.[1];
  return OUTAGE_TYPES.find((type) => type === found) ?? null;
}

export interface NoteLinkBlock {
  interface: string;
  /** Null when the note says `None` (no label). */
  label: string | null;
  status: string | null;
  /** `Wired` / `Wireless`; null when the note says `Unknown`. */
  type: string | null;
}

/** The per-link blocks of a triage note, in note order. */
export function linkBlocksOfNote(text: NoteText): NoteLinkBlock[] {
  if (text === null || text === undefined) return [];
  return [...text.matchAll(linkBlockPattern)].map((match) => {
    const groups = match.groups ?? {};
    const label = groups.label?.trim() ?? null;
    return {
      interface: groups.iface ?? '',
      label: label === null || label === 'None' ? null : label,
      status: groups.status?.trim() ?? null,
      type: groups.type ?? null,
    };
  });
}

/** First two lines of the notes that continue a split triage note. */
export const TRIAGE_CONTINUATION_HEADER = `${NOTE_HEADER}\nTriage (VeloCloud)`;
