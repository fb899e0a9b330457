import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';

/**
 * Fastify's request lines ("incoming request", "request completed"), moved to `debug` for probe
 * routes that an orchestrator hits every few seconds; other routes keep the default `info`.
 */
export class ProbeLogController extends LogController {
  private readonly probeRoutes: ReadonlySet<string>;

  constructor(probeRoutes: Iterable<string>) {
    super();
    this.probeRoutes = new Set(probeRoutes);
  }

  private isProbe(request: FastifyRequest): boolean {
    return this.probeRoutes.has(request.routeOptions.url ?? '');
  }

  override incomingRequest(request: FastifyRequest, reply: FastifyReply): void {
    if (!this.isProbe(request)) {
      super.incomingRequest(request, reply);
      return;
    }
    request.log.debug({ req: request }, 'incoming request');
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if ((error !== null && error !== undefined) || !this.isProbe(request)) {
      super.requestCompleted(error, request, reply);
      return;
    }
    reply.log.debug({ res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}
