import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FaultRegistry } from './fault-registry.js';

export type Sleep = (ms: number) => Promise<void>;

export interface FaultHookOptions {
  faults: FaultRegistry;
  simulator: string;
  instance?: string;
  /** Real-time wait used by `delay` faults (tests pass their own). */
  sleep: Sleep;
  /** Invalidates the caller's credentials and answers as the vendor does (`expire-auth`). */
  expireAuth: (request: FastifyRequest, reply: FastifyReply) => unknown;
  /** Body of an `error` fault that gave none. */
  defaultErrorBody?: (status: number) => unknown;
}

/**
 * Makes a simulator consult the shared fault registry before anything else (auth, validation,
 * routing): a matching fault answers, waits, hangs or expires the credentials.
 */
export function installFaultHook(app: FastifyInstance, options: FaultHookOptions): void {
  const hanging = new Set<() => void>();
  app.addHook('preClose', (done) => {
    for (const release of hanging) release();
    done();
  });
  app.addHook('onRequest', async (request, reply) => {
    const fault = options.faults.take({
      simulator: options.simulator,
      ...(options.instance === undefined ? {} : { instance: options.instance }),
      method: request.method,
      path: request.url.split('?')[0] ?? request.url,
      query: (request.query ?? {}) as Record<string, unknown>,
    });
    if (fault === null) return;
    request.log.info({ fault: fault.id, kind: fault.action.kind }, 'fault injected');
    const action = fault.action;
    switch (action.kind) {
      case 'delay':
        await options.sleep(action.delayMs);
        return;
      case 'error':
        if (action.delayMs !== undefined) await options.sleep(action.delayMs);
        reply.code(action.status);
        if (action.headers !== undefined) reply.headers(action.headers);
        return reply.send(action.body ?? options.defaultErrorBody?.(action.status));
      case 'timeout':
        await new Promise<void>((resolve) => {
          const release = (): void => {
            hanging.delete(release);
            resolve();
          };
          hanging.add(release);
          reply.raw.once('close', release);
        });
        reply.hijack();
        reply.raw.destroy();
        return reply;
      case 'expire-auth':
        await options.expireAuth(request, reply);
        return reply;
    }
  });
}
