import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';

/** One parsed pino line. */
export type LogLine = Record<string, unknown> & { level: number | string; msg?: string };

/** pino's numeric levels, to assert on `line.level`. */
export const LEVEL = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 } as const;

export interface CapturedStream {
  /** A destination for `pino(options, stream)` or `createLogger({ destination })`. */
  stream: Writable;
  /** Everything written, as text. */
  raw: () => string;
  /** Every line written, parsed. */
  lines: () => LogLine[];
}

/** A pino destination that keeps every line, so tests assert on fields rather than text. */
export function captureStream(): CapturedStream {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  const raw = () => chunks.join('');
  const lines = () =>
    raw()
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as LogLine);
  return { stream, raw, lines };
}

/** A debug-level pino logger whose lines are captured (see `captureStream`). */
export function captureLogger(): CapturedStream & { logger: Logger } {
  const captured = captureStream();
  return { ...captured, logger: pino({ level: 'debug' }, captured.stream) };
}
