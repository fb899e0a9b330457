import type {
  VcoEdgeState,
  VcoGatewayState,
  VcoHaState,
  VcoLinkState,
  VcoVpnState,
} from '@automation-engine/vendor-apis';
import type { LabClock } from '../clock/lab-clock.js';
import { LabError } from '../errors.js';
import type { Fleet, FleetEdge, FleetGateway, FleetLink } from '../fleet/fleet-types.js';
import { intersectIntervals, UpTimeline, type Interval } from './up-timeline.js';
import { edgeStateEvent, linkStateEvent } from './state-change-events.js';
import type { VcoEventLog } from './vco-event-log.js';

const MINUTE_MS = 60_000;

export interface EdgeRuntime {
  edgeState: VcoEdgeState | null;
  /** When `edgeState` last changed (for OFFLINE: the last contact). */
  since: number;
  haState: VcoHaState;
  haSince: number;
}

export interface LinkRuntime {
  linkState: VcoLinkState;
  since: number;
}

/** An edge found by serial: the VCO edge, and whether the serial is its HA standby. */
export interface EdgeLookup {
  edge: FleetEdge;
  role: 'primary' | 'standby';
}

/**
 * The mutable state of the fleet: edge, HA, link and gateway states, with their history (for
 * metrics over past intervals) and the VCO events a change records. Untouched edges are not
 * stored: their state is derived from the seed, so a 10,000-edge fleet costs nothing until used.
 */
export class FleetRuntime {
  readonly #fleet: Fleet;
  readonly #clock: LabClock;
  readonly #events: VcoEventLog;
  readonly #edges = new Map<string, EdgeRuntime>();
  readonly #links = new Map<string, LinkRuntime>();
  readonly #edgeTimelines = new Map<string, UpTimeline>();
  readonly #linkTimelines = new Map<string, UpTimeline>();
  readonly #gateways = new Map<string, VcoGatewayState>();
  #startedAt: number;

  constructor(deps: { fleet: Fleet; clock: LabClock; events: VcoEventLog }) {
    this.#fleet = deps.fleet;
    this.#clock = deps.clock;
    this.#events = deps.events;
    this.#startedAt = deps.clock.now();
  }

  /** Lab time at which the runtime started (or was last reset). */
  get startedAt(): number {
    return this.#startedAt;
  }

  findEdge(serial: string): EdgeLookup {
    const edge = this.#fleet.index.edgeBySerial.get(serial);
    if (edge !== undefined) return { edge, role: 'primary' };
    const primary = this.#fleet.index.edgeByHaSerial.get(serial);
    if (primary !== undefined) return { edge: primary, role: 'standby' };
    throw new LabError('EDGE_NOT_FOUND', `no edge with serial ${serial}`);
  }

  findLink(edge: FleetEdge, iface: string): FleetLink {
    const wanted = iface.toUpperCase();
    const link = edge.links.find(
      (l) => l.interface.toUpperCase() === wanted || String(l.linkId) === iface,
    );
    if (link === undefined) {
      throw new LabError('LINK_NOT_FOUND', `edge ${edge.serial} has no link ${iface}`);
    }
    return link;
  }

  edge(edge: FleetEdge): EdgeRuntime {
    return this.#edges.get(edge.key) ?? this.#initialEdge(edge);
  }

  link(edge: FleetEdge, link: FleetLink): LinkRuntime {
    return (
      this.#links.get(linkKey(edge, link)) ?? { linkState: 'STABLE', since: this.#upSince(edge) }
    );
  }

  /** The link state VCO shows: every link of an OFFLINE edge is DISCONNECTED. */
  effectiveLinkState(edge: FleetEdge, link: FleetLink): VcoLinkState {
    return this.edge(edge).edgeState === 'OFFLINE'
      ? 'DISCONNECTED'
      : this.link(edge, link).linkState;
  }

  vpnState(edge: FleetEdge, link: FleetLink): VcoVpnState {
    const state = this.effectiveLinkState(edge, link);
    return state === 'DISCONNECTED' ? 'DISCONNECTED' : state === 'UNSTABLE' ? 'UNSTABLE' : 'STABLE';
  }

  /** When the edge last talked to the orchestrator. */
  lastContact(edge: FleetEdge): number {
    const runtime = this.edge(edge);
    if (runtime.edgeState === 'NEVER_ACTIVATED') return edge.createdAt;
    if (runtime.edgeState === 'OFFLINE') return runtime.since;
    return this.#clock.now() - (edge.hash % 50_000);
  }

  /** When the edge came up last (null while it is not up). */
  upSince(edge: FleetEdge): number | null {
    const runtime = this.edge(edge);
    if (!isEdgeUp(runtime.edgeState)) return null;
    return this.#edges.has(edge.key) ? runtime.since : this.#upSince(edge);
  }

  linkLastActive(edge: FleetEdge, link: FleetLink): number {
    if (this.effectiveLinkState(edge, link) === 'DISCONNECTED') {
      return Math.min(this.link(edge, link).since, this.lastContact(edge));
    }
    return this.#clock.now() - (link.hash % 30_000);
  }

  /** The parts of [start, end) during which the link could carry traffic. */
  trafficIntervals(args: {
    edge: FleetEdge;
    link: FleetLink;
    start: number;
    end: number;
  }): Interval[] {
    const { edge, link, start, end } = args;
    if (!edge.activated) return [];
    const edgeUp =
      this.#edgeTimelines.get(edge.key)?.upIntervals(start, end) ??
      this.#alwaysUp(edge, start, end);
    const linkUp = this.#linkTimelines.get(linkKey(edge, link))?.upIntervals(start, end) ?? [
      [start, end] as const,
    ];
    return intersectIntervals(edgeUp, linkUp);
  }

  /** Sets the state of the edge (primary serial) or of its HA partner (standby serial). */
  setEdgeState(serial: string, state: VcoEdgeState | null): EdgeLookup {
    const found = this.findEdge(serial);
    if (found.role === 'standby') {
      this.setHaState(found.edge, isEdgeUp(state) ? 'READY' : 'FAILED');
      return found;
    }
    const { edge } = found;
    const before = this.edge(edge);
    if (before.edgeState === state) return found;
    const now = this.#clock.now();
    this.#edges.set(edge.key, { ...before, edgeState: state, since: now });
    if (isEdgeUp(before.edgeState) !== isEdgeUp(state)) {
      this.#edgeTimeline(edge).record(now, isEdgeUp(state));
      this.#events.record(edgeStateEvent({ edge, up: isEdgeUp(state), at: now }));
    }
    return found;
  }

  setHaState(edge: FleetEdge, haState: VcoHaState): void {
    if (edge.ha === null) {
      throw new LabError('CONFLICT', `edge ${edge.serial} has no HA partner`);
    }
    const before = this.edge(edge);
    if (before.haState === haState) return;
    this.#edges.set(edge.key, { ...before, haState, haSince: this.#clock.now() });
  }

  setLinkState(args: { serial: string; iface: string; state: VcoLinkState }): FleetLink {
    const { edge } = this.findEdge(args.serial);
    const link = this.findLink(edge, args.iface);
    const before = this.link(edge, link);
    if (before.linkState === args.state) return link;
    const now = this.#clock.now();
    this.#links.set(linkKey(edge, link), { linkState: args.state, since: now });
    const wasUp = before.linkState !== 'DISCONNECTED';
    const isUp = args.state !== 'DISCONNECTED';
    if (wasUp !== isUp) {
      this.#linkTimeline(edge, link).record(now, isUp);
      this.#events.record(linkStateEvent({ edge, link, up: isUp, at: now }));
    }
    return link;
  }

  /** `count` LINK_DEAD/LINK_ALIVE pairs spread over the last `overMs`; the link ends up. */
  flapLink(args: { serial: string; iface: string; count: number; overMs: number }): FleetLink {
    const { edge } = this.findEdge(args.serial);
    const link = this.findLink(edge, args.iface);
    if (this.link(edge, link).linkState === 'DISCONNECTED') {
      throw new LabError(
        'CONFLICT',
        `link ${link.interface} of ${edge.serial} is down; bring it up first`,
      );
    }
    const now = this.#clock.now();
    const step = args.overMs / args.count;
    const timeline = this.#linkTimeline(edge, link);
    for (let k = 0; k < args.count; k += 1) {
      const dead = Math.floor(now - args.overMs + k * step + step / 4);
      const alive = Math.floor(now - args.overMs + k * step + (3 * step) / 4);
      timeline.record(dead, false);
      timeline.record(alive, true);
      this.#events.record(linkStateEvent({ edge, link, up: false, at: dead }));
      this.#events.record(linkStateEvent({ edge, link, up: true, at: alive }));
    }
    return link;
  }

  gatewayState(gateway: FleetGateway): VcoGatewayState {
    return this.#gateways.get(gatewayKey(gateway)) ?? 'CONNECTED';
  }

  setGatewayState(args: { host: string; gatewayId: number; state: VcoGatewayState }): FleetGateway {
    const gateway = this.#fleet.index.gatewaysByHost
      .get(args.host)
      ?.find((g) => g.id === args.gatewayId);
    if (gateway === undefined) {
      throw new LabError('NOT_FOUND', `no gateway ${String(args.gatewayId)} on ${args.host}`);
    }
    this.#gateways.set(gatewayKey(gateway), args.state);
    return gateway;
  }

  /** Edges whose state differs from the seed (what the control API reports as changed). */
  changedEdgeKeys(): string[] {
    return [
      ...new Set([
        ...this.#edges.keys(),
        ...[...this.#links.keys()].map((k) => k.split('|')[0] ?? ''),
      ]),
    ];
  }

  reset(): void {
    this.#edges.clear();
    this.#links.clear();
    this.#edgeTimelines.clear();
    this.#linkTimelines.clear();
    this.#gateways.clear();
    this.#startedAt = this.#clock.now();
  }

  #initialEdge(edge: FleetEdge): EdgeRuntime {
    return {
      edgeState: edge.initialState,
      since: this.#upSince(edge),
      haState: edge.ha === null ? 'UNCONFIGURED' : 'READY',
      haSince: this.#upSince(edge),
    };
  }

  #upSince(edge: FleetEdge): number {
    return this.#startedAt - ((edge.hash % (30 * 24 * 60)) + 60) * MINUTE_MS;
  }

  #alwaysUp(edge: FleetEdge, start: number, end: number): Interval[] {
    return isEdgeUp(edge.initialState) ? [[start, end]] : [];
  }

  #edgeTimeline(edge: FleetEdge): UpTimeline {
    let timeline = this.#edgeTimelines.get(edge.key);
    if (timeline === undefined) {
      timeline = new UpTimeline(isEdgeUp(edge.initialState));
      this.#edgeTimelines.set(edge.key, timeline);
    }
    return timeline;
  }

  #linkTimeline(edge: FleetEdge, link: FleetLink): UpTimeline {
    const key = linkKey(edge, link);
    let timeline = this.#linkTimelines.get(key);
    if (timeline === undefined) {
      timeline = new UpTimeline(true);
      this.#linkTimelines.set(key, timeline);
    }
    return timeline;
  }
}

/** CONNECTED, DEGRADED and unknown (null) edges carry traffic; OFFLINE and never-activated not. */
export function isEdgeUp(state: VcoEdgeState | null): boolean {
  return state !== 'OFFLINE' && state !== 'NEVER_ACTIVATED';
}

function linkKey(edge: FleetEdge, link: FleetLink): string {
  return `${edge.key}|${String(link.linkId)}`;
}

function gatewayKey(gateway: FleetGateway): string {
  return `${gateway.host}#${String(gateway.id)}`;
}
