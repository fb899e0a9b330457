import type { FastifyInstance } from 'fastify';
import { LabError } from '../../errors.js';
import { faultSpec } from '../../faults/fault-spec.js';
import type { LabContext } from '../../lab-context.js';
import { parseControl } from '../control-http.js';

/** Simulator name → its instance names (empty for single-instance simulators). */
export type SimulatorCatalog = ReadonlyMap<string, readonly string[]>;

/** Inject, list and clear faults; the target simulator (and instance) must exist. */
export function registerFaultRoutes(
  app: FastifyInstance,
  deps: { ctx: LabContext; simulators: SimulatorCatalog },
): void {
  const { faults } = deps.ctx;

  app.post('/faults', async (request, reply) => {
    const spec = parseControl(faultSpec, request.body);
    const instances = deps.simulators.get(spec.simulator);
    if (instances === undefined) {
      throw new LabError(
        'BAD_REQUEST',
        `unknown simulator ${spec.simulator}; known: ${[...deps.simulators.keys()].join(', ')}`,
      );
    }
    if (spec.instance !== undefined && !instances.includes(spec.instance)) {
      throw new LabError(
        'BAD_REQUEST',
        `unknown instance ${spec.instance} of ${spec.simulator}; known: ${instances.join(', ')}`,
      );
    }
    return reply.code(201).send(faults.add(spec));
  });

  app.get<{ Querystring: { simulator?: string } }>('/faults', (request) =>
    faults.list(request.query.simulator),
  );

  app.delete<{ Params: { id: string } }>('/faults/:id', (request) =>
    faults.remove(request.params.id),
  );

  app.delete<{ Querystring: { simulator?: string } }>('/faults', (request) => ({
    removed: faults.clear(request.query.simulator),
  }));
}
