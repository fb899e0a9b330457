import { pino, type DestinationStream, type Level, type Logger } from 'pino';
import {
  PapertrailStream,
  type PapertrailOptions,
  type PapertrailStatus,
} from './papertrail-stream.js';
import { REDACTION_CENSOR, redactPaths } from './redact-paths.js';

export interface LoggerOptions {
  service: string;
  environment: string;
  version: string;
  /** Defaults to `info`. */
  level?: Level | 'silent';
  /** Also ship every line to Papertrail (syslog over TLS). */
  papertrail?: PapertrailOptions;
  /** Where JSON lines go; defaults to stdout (synchronous, so nothing is lost on exit). */
  destination?: DestinationStream;
}

const papertrailOf = new WeakMap<Logger, PapertrailStream>();

function reportStatus(logger: Logger, options: PapertrailOptions, event: PapertrailStatus): void {
  const papertrail = { host: options.host, port: options.port };
  if (event.status === 'connected') {
    logger.info({ papertrail, dropped: event.droppedWhileDisconnected }, 'papertrail connected');
  } else {
    logger.warn({ papertrail, err: event.error }, 'papertrail disconnected; buffering lines');
  }
}

/**
 * A pino logger writing JSON lines that all carry `service`, `environment` and `version`, with an
 * ISO `time`, the level as its label, and secrets censored (see `redactPaths`). With `papertrail`,
 * lines also go to Papertrail, in process; end it with `closeLogger`.
 */
export function createLogger(options: LoggerOptions): Logger {
  const { service, environment, version, level = 'info', papertrail } = options;
  const destination = options.destination ?? pino.destination({ dest: 1, sync: true });
  const settings = {
    level,
    base: { service, environment, version },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    redact: { paths: [...redactPaths], censor: REDACTION_CENSOR },
  };
  if (papertrail === undefined) return pino(settings, destination);

  // Status changes are logged through the logger itself (always later, from socket events): while
  // disconnected they are buffered like any other line.
  const stream = new PapertrailStream({
    ...papertrail,
    appName: papertrail.prefix ?? `${environment}-${service}`,
    onStatus: (event) => {
      reportStatus(logger, papertrail, event);
    },
  });
  const logger = pino(
    settings,
    pino.multistream([
      { level: 'trace', stream: destination },
      { level: 'trace', stream },
    ]),
  );
  papertrailOf.set(logger, stream);
  return logger;
}

/** Flushes the logger and, if it ships to Papertrail, sends what is buffered and closes the connection. */
export async function closeLogger(logger: Logger): Promise<void> {
  await new Promise<void>((resolve) => {
    logger.flush(() => {
      resolve();
    });
  });
  await papertrailOf.get(logger)?.close();
}
