/** First line of every note the engine writes. */
export const NOTE_HEADER = "#*MetTel's IPA*#";
/** The header of older notes; parsers accept both. */
export const LEGACY_NOTE_HEADER = '#*Automation Engine*#';

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular-expression source matching either header. */
export const ANY_HEADER_SOURCE = `(?:${escaped(NOTE_HEADER)}|${escaped(LEGACY_NOTE_HEADER)})`;

/** True when the note was written by the engine (either header). */
export function isSystemNote(text: string | null | undefined): boolean {
  if (text === null || text === undefined) return false;
  return text.startsWith(NOTE_HEADER) || text.startsWith(LEGACY_NOTE_HEADER);
}

/**
 * A matcher for notes whose header (either one) is followed on the next line by `secondLine`
 * (a regular-expression source), e.g. `noteStartsWith('Triage \\(VeloCloud\\)')`.
 */
export function noteStartsWith(secondLine: string, flags = ''): (text: string | null) => boolean {
  const pattern = new RegExp(`^${ANY_HEADER_SOURCE}\\n${secondLine}`, flags);
  return (text) => text !== null && pattern.test(text);
}

/** Lines of a note, `\r\n` tolerated. */
export function noteLines(text: string): string[] {
  return text.split(/\r?\n/);
}

/** The value of the first `<label>: <value>` line of a note, trimmed; null when absent. */
export function noteField(text: string, label: string): string | null {
  const prefix = `${label}:`;
  for (const line of noteLines(text)) {
    if (line.startsWith(prefix)) return line.slice(prefix.length).trim();
  }
  return null;
}
