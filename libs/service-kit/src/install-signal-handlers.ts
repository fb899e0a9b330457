import type { Logger } from 'pino';

/** The parts of `process` the handlers use, so tests can drive them with an EventEmitter. */
export interface SignalTarget {
  on(event: 'SIGTERM' | 'SIGINT', listener: (signal: NodeJS.Signals) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
}

export interface SignalHandlingOptions {
  stop: () => Promise<void>;
  logger: Logger;
  timeoutSeconds: number;
  target?: SignalTarget;
  exit?: (code: number) => void;
}

/**
 * SIGTERM/SIGINT → drain and exit 0; a second signal, a failed stop or a stop longer than the
 * timeout → exit 1. An unhandled rejection is logged and the service keeps serving; an uncaught
 * exception leaves the process in an unknown state, so it exits 1.
 */
export function installSignalHandlers(options: SignalHandlingOptions): void {
  const { stop, logger, timeoutSeconds } = options;
  const target: SignalTarget = options.target ?? process;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) {
      logger.warn({ signal }, 'second signal: exiting now');
      exit(1);
      return;
    }
    signalled = true;
    logger.info({ signal }, 'signal received: draining');
    const timer = setTimeout(() => {
      logger.error({ timeout_seconds: timeoutSeconds }, 'shutdown took too long: exiting');
      exit(1);
    }, timeoutSeconds * 1_000);
    timer.unref();
    stop().then(
      () => {
        clearTimeout(timer);
        exit(0);
      },
      (error: unknown) => {
        clearTimeout(timer);
        logger.error({ err: error }, 'shutdown failed');
        exit(1);
      },
    );
  };
  target.on('SIGTERM', onSignal);
  target.on('SIGINT', onSignal);
  target.on('unhandledRejection', (reason) => {
    // A bug, but one request's bug: log it loudly and keep serving the others.
    logger.error({ err: reason }, 'unhandled promise rejection');
  });
  target.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception: exiting');
    exit(1);
  });
}
