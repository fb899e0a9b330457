const HAS_OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Epoch ms of a date-time as the engine's callers write them: ISO 8601 with `T` or a space
 * (Python's `str(datetime)`), with or without fractional seconds and offset; no offset = UTC.
 * Null when it is not a date-time.
 */
export function parseInstant(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?/.test(trimmed)) return null;
  let iso = trimmed.replace(' ', 'T');
  // JavaScript keeps milliseconds; Python writes microseconds.
  iso = iso.replace(/(\.\d{3})\d+/, '$1');
  if (iso.length > 10 && !HAS_OFFSET.test(iso)) iso = `${iso}Z`;
  if (iso.length === 10) iso = `${iso}T00:00:00Z`;
  const epoch = Date.parse(iso);
  return Number.isNaN(epoch) ? null : epoch;
}
