import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { LabContext } from '../../lab-context.js';
import type { T7CallLog } from '../../t7/t7-call-log.js';
import type { T7Override } from '../../t7/t7-predictor.js';
import { parseControl } from '../control-http.js';

const overrideBody = z.union([
  z.strictObject({
    taskResults: z
      .array(z.strictObject({ name: z.string().min(1), probability: z.number().min(0).max(1) }))
      .min(1),
  }),
  z.strictObject({
    error: z.strictObject({ code: z.string().min(1), message: z.string() }),
  }),
]);

/**
 * T7's lab state, mounted under `/t7`: prediction requests and metrics feedback the engine sent,
 * and fixed predictions per asset.
 */
export function registerT7ControlRoutes(
  app: FastifyInstance,
  deps: { ctx: LabContext; calls: T7CallLog; overrides: Map<string, T7Override> },
): void {
  const { calls, overrides } = deps;
  const at = (ms: number): string => new Date(ms).toISOString();

  app.get('/predictions', () => calls.predictions.map((p) => ({ ...p, at: at(p.at) })));

  app.get('/metrics', () => ({
    saved: calls.savedMetrics.map((m) => ({ ...m, at: at(m.at) })),
    live: calls.liveMetrics.map((m) => ({ ...m, at: at(m.at) })),
  }));

  app.delete('/metrics', () => ({ removed: calls.clearMetrics() }));

  app.get('/overrides', () => Object.fromEntries(overrides));

  app.put<{ Params: { asset: string } }>('/overrides/:asset', (request) => {
    const body: T7Override = parseControl(overrideBody, request.body);
    overrides.set(request.params.asset, body);
    return { asset: request.params.asset, ...body };
  });

  app.delete('/overrides', () => {
    const removed = overrides.size;
    overrides.clear();
    return { removed };
  });
}
