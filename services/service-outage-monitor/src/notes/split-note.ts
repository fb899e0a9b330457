import { NOTE_SPLIT_THRESHOLD } from '@automation-engine/monitoring';

/** A chunk closes once it is longer than this. */
const CHUNK_CHARS = 1_000;

/**
 * Splits a long note for Bruin (§2.7): below 1500 chars it is returned whole; else lines are
 * gathered until a chunk exceeds 1000 chars (or the text ends), each chunk closes with
 * `Triage note: i/N` where N = ceil(length / 1000) as the original computed it, and later chunks
 * restart with `continuationHeader`.
 */
export function splitNote(text: string, continuationHeader: string): string[] {
  if (text.length < NOTE_SPLIT_THRESHOLD) return [text];
  const total = Math.ceil(text.length / CHUNK_CHARS);
  const lines = text.split('\n');
  const chunks: string[] = [];
  let chunk = '';
  lines.forEach((line, index) => {
    chunk += `${line}\n`;
    if (chunk.length > CHUNK_CHARS || index === lines.length - 1) {
      chunks.push(`${chunk}Triage note: ${String(chunks.length + 1)}/${String(total)}`);
      chunk = `${continuationHeader}\n`;
    }
  });
  return chunks;
}
