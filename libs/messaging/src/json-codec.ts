const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Compact UTF-8 JSON, as the original's callers send. */
export function encodeJson(value: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(value));
}

export function decodeJson(data: Uint8Array): unknown {
  return JSON.parse(decoder.decode(data));
}

export function decodeText(data: Uint8Array): string {
  return decoder.decode(data);
}
