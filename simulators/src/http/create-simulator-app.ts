import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';

export interface SimulatorAppOptions {
  /** pino logger of the lab; none → silent. */
  logger?: FastifyBaseLogger;
  /** Largest accepted body (default 20 MB). */
  bodyLimit?: number;
}

/**
 * The fastify instance every HTTP simulator starts from: case-insensitive paths, optional
 * trailing slash, JSON accepted under the vendors' content types (`application/json-patch+json`
 * and any `+json`), form bodies parsed, and connections force-closed on shutdown so a hanging
 * `timeout` fault never holds the lab open.
 */
export function createSimulatorApp(options: SimulatorAppOptions = {}): FastifyInstance {
  const app = Fastify({
    ...(options.logger === undefined ? { logger: false } : { loggerInstance: options.logger }),
    logController: new LogController({ disableRequestLogging: true }),
    forceCloseConnections: true,
    bodyLimit: options.bodyLimit ?? 20 * 1024 * 1024,
    routerOptions: { caseSensitive: false, ignoreTrailingSlash: true },
  }) as unknown as FastifyInstance;
  app.addContentTypeParser(
    /^application\/[\w.-]+\+json/i,
    { parseAs: 'string' },
    (_request, body, done) => {
      parseJsonBody(body as string, done);
    },
  );
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    },
  );
  return app;
}

function parseJsonBody(text: string, done: (error: Error | null, body?: unknown) => void): void {
  if (text.trim() === '') {
    done(null, undefined);
    return;
  }
  try {
    done(null, JSON.parse(text) as unknown);
  } catch (error) {
    const failure = new Error(`malformed JSON body: ${(error as Error).message}`);
    (failure as Error & { statusCode: number }).statusCode = 400;
    done(failure);
  }
}
