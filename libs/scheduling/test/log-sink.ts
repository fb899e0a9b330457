import { pino, type Logger } from 'pino';

export type LogLine = Record<string, unknown> & { level: number; msg: string };

/** A debug-level pino logger whose lines are parsed into `lines`, to assert on fields. */
export function logSink(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const logger = pino(
    { level: 'debug' },
    {
      write: (chunk: string) => {
        lines.push(JSON.parse(chunk) as LogLine);
      },
    },
  );
  return { logger, lines };
}

export const LEVEL = { debug: 20, info: 30, warn: 40, error: 50 } as const;
