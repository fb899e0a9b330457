import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { LabError } from '../../errors.js';
import type { FleetProbe } from '../../fleet/fleet-types.js';
import { findProbe } from '../../hawkeye/hawkeye-routes.js';
import {
  PROBE_TEST_KINDS,
  type ProbeDegradation,
  type ProbeStateStore,
} from '../../hawkeye/probe-state-store.js';
import { PROBE_TEST_TYPES } from '../../hawkeye/probe-tests.js';
import type { LabContext } from '../../lab-context.js';
import { labTimeInput, parseControl } from '../control-http.js';

const probeListQuery = z.strictObject({
  clientId: z.coerce.number().int().optional(),
  state: z.enum(['up', 'down', 'changed']).optional(),
  limit: z.coerce.number().int().min(1).max(20_000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

const probeStateBody = z
  .strictObject({ kinds: z.array(z.enum(PROBE_TEST_KINDS)).min(1).optional() })
  .optional();

const probeDegradeBody = z.strictObject({
  testType: z.enum(PROBE_TEST_TYPES).optional(),
  metric: z.string().min(1).optional(),
  value: z.number().optional(),
  /** Start (lab time); default now. */
  from: labTimeInput.optional(),
  /** How long (lab ms); default until removed. */
  durationMs: z.number().int().positive().optional(),
});

/**
 * Hawkeye's lab state, mounted under `/hawkeye`: probes with their up/down state (change it),
 * and degradations that make their tests fail.
 */
export function registerHawkeyeControlRoutes(
  app: FastifyInstance,
  deps: { ctx: LabContext; state: ProbeStateStore },
): void {
  const { ctx, state } = deps;
  const view = (probe: FleetProbe) => probeView({ ctx, state, probe });
  const require = (id: string): FleetProbe => {
    const probe = findProbe(ctx, id);
    if (probe === undefined) throw new LabError('PROBE_NOT_FOUND', `no probe ${id}`);
    return probe;
  };

  app.get('/probes', (request) => {
    const query = parseControl(probeListQuery, request.query ?? {});
    const changed = new Set(state.changedProbeIndexes());
    const matching = ctx.fleet.probes.filter((probe) => {
      if (query.clientId !== undefined && probe.clientId !== query.clientId) return false;
      if (query.state === 'changed') return changed.has(probe.index);
      const down = !state.isUp(probe, 'nodetonode') || !state.isUp(probe, 'realservice');
      if (query.state === 'down') return down;
      if (query.state === 'up') return !down;
      return true;
    });
    return {
      total: matching.length,
      offset: query.offset,
      probes: matching.slice(query.offset, query.offset + query.limit).map(view),
    };
  });

  app.get<{ Params: { id: string } }>('/probes/:id', (request) => view(require(request.params.id)));

  for (const [action, up] of [
    ['down', false],
    ['up', true],
  ] as const) {
    app.post<{ Params: { id: string } }>(`/probes/:id/${action}`, (request) => {
      const body = parseControl(probeStateBody, request.body ?? undefined);
      const probe = require(request.params.id);
      for (const kind of body?.kinds ?? PROBE_TEST_KINDS) state.setUp({ probe, kind, up });
      return view(probe);
    });
  }

  app.post<{ Params: { id: string } }>('/probes/:id/degrade', async (request, reply) => {
    const body = parseControl(probeDegradeBody, request.body ?? {});
    const probe = require(request.params.id);
    const from = body.from ?? ctx.clock.now();
    const degradation = state.addDegradation({
      serialNumber: probe.serialNumber,
      probeIndex: probe.index,
      testType: body.testType ?? null,
      metric: body.metric ?? null,
      value: body.value ?? null,
      from,
      until: body.durationMs === undefined ? null : from + body.durationMs,
    });
    return reply.code(201).send(degradationView(degradation));
  });

  app.get('/degradations', () => state.listDegradations().map(degradationView));

  app.delete<{ Params: { id: string } }>('/degradations/:id', (request) =>
    degradationView(state.removeDegradation(request.params.id)),
  );

  app.delete('/degradations', () => {
    const all = state.listDegradations();
    for (const d of all) state.removeDegradation(d.id);
    return { removed: all.length };
  });
}

function probeView(args: { ctx: LabContext; state: ProbeStateStore; probe: FleetProbe }) {
  const { ctx, state, probe } = args;
  const kindView = (kind: (typeof PROBE_TEST_KINDS)[number]) => {
    const since = state.changedAt(probe, kind);
    return {
      up: state.isUp(probe, kind),
      since: since === null ? null : new Date(since).toISOString(),
    };
  };
  return {
    serialNumber: probe.serialNumber,
    uid: probe.uid,
    probeId: probe.probeId,
    name: probe.name,
    typeName: probe.typeName,
    clientId: probe.clientId,
    clientName: ctx.fleet.index.clientById.get(probe.clientId)?.clientName ?? '',
    siteId: probe.siteId,
    active: probe.active,
    neverReported: probe.neverReported,
    peer: probe.peerIndex === null ? null : (ctx.fleet.probes[probe.peerIndex]?.name ?? null),
    nodetonode: kindView('nodetonode'),
    realservice: kindView('realservice'),
  };
}

function degradationView(d: ProbeDegradation) {
  return {
    ...d,
    from: new Date(d.from).toISOString(),
    until: d.until === null ? null : new Date(d.until).toISOString(),
  };
}
