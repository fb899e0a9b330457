import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { DRI_TASK_OUTCOMES, type DriTaskStore } from '../../dri/dri-task-store.js';
import { LabError } from '../../errors.js';
import type { LabContext } from '../../lab-context.js';
import { parseControl } from '../control-http.js';

const deviceQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(20_000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

const behaviourBody = z
  .strictObject({
    serial: z.string().min(1).optional(),
    outcome: z.enum(DRI_TASK_OUTCOMES).optional(),
    pendingPolls: z.number().int().min(0).max(1000).optional(),
  })
  .refine((b) => b.outcome !== undefined || b.pendingPolls !== undefined, {
    message: 'give outcome and/or pendingPolls',
  });

/**
 * DRI's lab state, mounted under `/dri`: the PIAB devices of the fleet, the parameter tasks the
 * engine started, and how tasks end.
 */
export function registerDriControlRoutes(
  app: FastifyInstance,
  deps: { ctx: LabContext; tasks: DriTaskStore },
): void {
  const { ctx, tasks } = deps;

  app.get('/devices', (request) => {
    const query = parseControl(deviceQuery, request.query ?? {});
    const all = [...ctx.fleet.index.piabBySerial.values()];
    return {
      total: all.length,
      devices: all.slice(query.offset, query.offset + query.limit).map((d) => ({
        serial: d.serial,
        edgeSerial: d.edge.serial,
        interface: d.link.interface,
        circuitServiceNumber: d.link.circuit.serviceNumber,
        carrier: d.link.isp,
      })),
    };
  });

  app.get('/tasks', () =>
    tasks.list().map((t) => ({ ...t, createdAt: new Date(t.createdAt).toISOString() })),
  );

  app.get('/behaviour', () => tasks.rules());

  app.put('/behaviour', (request) => {
    const body = parseControl(behaviourBody, request.body);
    if (body.serial !== undefined && !ctx.fleet.index.piabBySerial.has(body.serial)) {
      throw new LabError('DEVICE_NOT_FOUND', `no PIAB device ${body.serial}`);
    }
    tasks.setRule(body);
    return tasks.rules();
  });
}
