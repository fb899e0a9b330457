import { buildHttpApp, type HttpApp, type HttpAppOptions } from './build-http-app.js';

export interface HttpServerOptions extends HttpAppOptions {
  port: number;
  /** Defaults to `0.0.0.0`, so probes from outside the container reach it. */
  host?: string;
}

export interface HttpServer {
  app: HttpApp;
  /** Starts listening and resolves to the address, e.g. `http://127.0.0.1:9090`. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

/** The probe and metrics app of `buildHttpApp`, with its port. */
export function createHttpServer(options: HttpServerOptions): HttpServer {
  const { port, host = '0.0.0.0', ...appOptions } = options;
  const app = buildHttpApp(appOptions);
  return {
    app,
    listen: () => app.listen({ host, port }),
    close: () => app.close(),
  };
}
