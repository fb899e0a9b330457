import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { DigiBehaviour } from '../../digi/digi-behaviour.js';
import { DIGI_REBOOT_OUTCOMES, type DigiRebootLog } from '../../digi/digi-reboot-log.js';
import { LabError } from '../../errors.js';
import type { LabContext } from '../../lab-context.js';
import { parseControl } from '../control-http.js';

const deviceQuery = z.strictObject({
  serial: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(20_000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

const behaviourBody = z
  .strictObject({
    serial: z.string().min(1).optional(),
    outcome: z.enum(DIGI_REBOOT_OUTCOMES).optional(),
    recoverySeconds: z
      .number()
      .int()
      .min(0)
      .max(7 * 86_400)
      .optional(),
  })
  .refine((b) => b.outcome !== undefined || b.recoverySeconds !== undefined, {
    message: 'give outcome and/or recoverySeconds',
  });

/**
 * DiGi's lab state, mounted under `/digi`: the DiGi routers of the fleet with their link state,
 * the reboots the engine asked for, and how reboots end.
 */
export function registerDigiControlRoutes(
  app: FastifyInstance,
  deps: { ctx: LabContext; reboots: DigiRebootLog; behaviour: DigiBehaviour },
): void {
  const { ctx, reboots, behaviour } = deps;

  app.get('/devices', (request) => {
    const query = parseControl(deviceQuery, request.query ?? {});
    const matching = ctx.fleet.digiDevices.filter(
      (d) => query.serial === undefined || d.edgeSerial === query.serial,
    );
    return {
      total: matching.length,
      devices: matching.slice(query.offset, query.offset + query.limit).map((device) => {
        const edge = ctx.fleet.index.edgeByKey.get(device.edgeKey);
        const link = edge?.links.find((l) => l.interface === device.interface);
        return {
          ...device,
          edgeState: edge === undefined ? null : ctx.runtime.edge(edge).edgeState,
          linkState:
            edge === undefined || link === undefined
              ? null
              : ctx.runtime.effectiveLinkState(edge, link),
        };
      }),
    };
  });

  app.get('/reboots', () =>
    reboots.list().map((r) => ({
      ...r,
      at: new Date(r.at).toISOString(),
      dueAt: new Date(r.dueAt).toISOString(),
      endedAt: r.endedAt === null ? null : new Date(r.endedAt).toISOString(),
    })),
  );

  app.get('/behaviour', () => behaviour.snapshot());

  app.put('/behaviour', (request) => {
    const body = parseControl(behaviourBody, request.body);
    if (body.serial !== undefined && !ctx.fleet.index.edgeBySerial.has(body.serial)) {
      throw new LabError('EDGE_NOT_FOUND', `no edge with serial ${body.serial}`);
    }
    behaviour.set(body);
    return behaviour.snapshot();
  });
}
