import type { FastifyInstance } from 'fastify';

/**
 * Anything the lab can start on a port and stop: fastify apps today, a gRPC server or an SMTP
 * server tomorrow. `listen` answers the base URL clients use.
 */
export interface LabServer {
  listen(address: { host: string; port: number }): Promise<string>;
  close(): Promise<void>;
}

/** A fastify app as a LabServer; the URL is `http://<host>:<port>`. */
export function fastifyServer(app: FastifyInstance): LabServer {
  return {
    async listen({ host, port }) {
      await app.listen({ host, port });
      const address = app.server.address();
      const boundPort = typeof address === 'object' && address !== null ? address.port : port;
      return `http://${host.includes(':') ? `[${host}]` : host}:${String(boundPort)}`;
    },
    async close() {
      await app.close();
    },
  };
}
