import type { VcoEdgeState, VcoHaState, VcoLinkState } from '@automation-engine/vendor-apis';
import { enterpriseKey, type FleetEdge } from '../fleet/fleet-types.js';
import type { LabContext } from '../lab-context.js';

export interface LinkSummary {
  interface: string;
  linkId: number;
  displayName: string;
  type: string;
  linkState: VcoLinkState;
  byob: boolean;
  digi: boolean;
  logicalId: string;
  circuitServiceNumber: string;
}

export interface EdgeSummary {
  serial: string;
  host: string;
  enterpriseId: number;
  enterpriseName: string;
  edgeId: number;
  name: string;
  clientId: number;
  clientName: string;
  siteId: number;
  managementStatus: string;
  edgeState: VcoEdgeState | null;
  haSerial: string | null;
  haState: VcoHaState;
  links: LinkSummary[];
}

/** An edge as the control API shows it: identity across vendors plus its current state. */
export function edgeSummary(ctx: LabContext, edge: FleetEdge): EdgeSummary {
  const state = ctx.runtime.edge(edge);
  return {
    serial: edge.serial,
    host: edge.host,
    enterpriseId: edge.enterpriseId,
    enterpriseName:
      ctx.fleet.index.enterpriseByKey.get(enterpriseKey(edge.host, edge.enterpriseId))?.name ?? '',
    edgeId: edge.edgeId,
    name: edge.name,
    clientId: edge.clientId,
    clientName: ctx.fleet.index.clientById.get(edge.clientId)?.clientName ?? '',
    siteId: edge.siteId,
    managementStatus: edge.managementStatus,
    edgeState: state.edgeState,
    haSerial: edge.ha?.serial ?? null,
    haState: state.haState,
    links: edge.links.map((link) => ({
      interface: link.interface,
      linkId: link.linkId,
      displayName: link.displayName,
      type: link.type,
      linkState: ctx.runtime.effectiveLinkState(edge, link),
      byob: link.byob,
      digi: link.digi,
      logicalId: link.logicalId,
      circuitServiceNumber: link.circuit.serviceNumber,
    })),
  };
}

/** Counts per host and per state, for `GET /fleet`. */
export function fleetSummary(ctx: LabContext) {
  const { fleet } = ctx;
  const states: Record<string, number> = {};
  const statesByHost = new Map<string, Record<string, number>>();
  for (const edge of fleet.edges) {
    const key = ctx.runtime.edge(edge).edgeState ?? 'null';
    states[key] = (states[key] ?? 0) + 1;
    const hostStates = statesByHost.get(edge.host) ?? {};
    hostStates[key] = (hostStates[key] ?? 0) + 1;
    statesByHost.set(edge.host, hostStates);
  }
  return {
    seed: fleet.options.seed,
    edges: fleet.edges.length,
    links: fleet.edges.reduce((n, e) => n + e.links.length, 0),
    clients: fleet.clients.length,
    sites: fleet.sites.length,
    inventoryDocuments: fleet.inventory.length,
    haPairs: fleet.edges.filter((e) => e.ha !== null).length,
    hosts: fleet.hosts.map((host) => ({
      host,
      enterprises: fleet.index.enterprisesByHost.get(host)?.length ?? 0,
      edges: fleet.index.edgesByHost.get(host)?.length ?? 0,
      edgeStates: statesByHost.get(host) ?? {},
    })),
    probes: fleet.probes.length,
    digiDevices: fleet.digiDevices.length,
    piabDevices: fleet.index.piabBySerial.size,
    edgeStates: states,
    changedEdges: ctx.runtime.changedEdgeKeys().length,
    clock: ctx.clock.snapshot(),
  };
}
