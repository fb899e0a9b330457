import { setTimeout as sleepReal } from 'node:timers/promises';
import type { FastifyBaseLogger } from 'fastify';
import { TicketStore } from './bruin/ticket-store.js';
import { LabClock, type LabClockOptions } from './clock/lab-clock.js';
import { FaultRegistry } from './faults/fault-registry.js';
import type { Sleep } from './faults/install-fault-hook.js';
import type { Fleet, FleetOptions } from './fleet/fleet-types.js';
import { generateFleet } from './fleet/generate-fleet.js';
import { DegradationStore } from './state/degradation-store.js';
import { FleetRuntime } from './state/fleet-runtime.js';
import { VcoEventLog } from './state/vco-event-log.js';

export interface BruinSettings {
  clientId: string;
  clientSecret: string;
  /** Lifetime of an access token, in lab seconds. */
  tokenTtlSeconds: number;
  /** Who Bruin says created the tickets the API opens (`createdBy`). */
  apiUserName: string;
}

export interface VcoSettings {
  username: string;
  password: string;
  /** Lifetime of a `velocloud.session` cookie, in lab seconds. */
  sessionTtlSeconds: number;
}

export interface LabSettings {
  bruin: BruinSettings;
  vco: VcoSettings;
}

export const DEFAULT_LAB_SETTINGS: LabSettings = {
  bruin: {
    clientId: 'lab-client',
    clientSecret: 'lab-secret',
    tokenTtlSeconds: 3600,
    apiUserName: 'Intelygenz Ai',
  },
  vco: { username: 'lab-operator', password: 'lab-password', sessionTtlSeconds: 86_400 },
};

/**
 * Everything the simulators share: the seed fleet, the clock, the mutable state stores and the
 * fault registry. Each simulator reads time only from `clock` and keeps its own private state
 * (tokens, sessions…) resettable through `onReset`.
 */
export interface LabContext {
  readonly fleet: Fleet;
  readonly clock: LabClock;
  readonly runtime: FleetRuntime;
  readonly events: VcoEventLog;
  readonly degradations: DegradationStore;
  readonly tickets: TicketStore;
  readonly faults: FaultRegistry;
  readonly settings: LabSettings;
  /** Real-time wait (delay faults); tests substitute their own. */
  readonly sleep: Sleep;
  readonly logger: FastifyBaseLogger | undefined;
  /** Registers a reset of a simulator's private state, run by `resetLab`. */
  onReset(reset: () => void): void;
  /** Back to the seed: states, events, degradations, tickets, faults and simulator state. */
  reset(): void;
}

export interface LabContextOptions {
  /** A generated fleet, or the options to generate one (default seed 1, 20 edges, 2 hosts). */
  fleet?: Fleet | FleetOptions;
  clock?: LabClock | LabClockOptions;
  settings?: { bruin?: Partial<BruinSettings>; vco?: Partial<VcoSettings> };
  sleep?: Sleep;
  logger?: FastifyBaseLogger;
}

export function createLabContext(options: LabContextOptions = {}): LabContext {
  const fleetInput = options.fleet ?? { seed: 1, edges: 20, hosts: 2 };
  const fleet = 'index' in fleetInput ? fleetInput : generateFleet(fleetInput);
  const clock = options.clock instanceof LabClock ? options.clock : new LabClock(options.clock);
  const events = new VcoEventLog();
  const runtime = new FleetRuntime({ fleet, clock, events });
  const degradations = new DegradationStore();
  const tickets = new TicketStore({ fleet, clock });
  const faults = new FaultRegistry({ clock });
  const resets: (() => void)[] = [];
  return {
    fleet,
    clock,
    runtime,
    events,
    degradations,
    tickets,
    faults,
    settings: {
      bruin: { ...DEFAULT_LAB_SETTINGS.bruin, ...options.settings?.bruin },
      vco: { ...DEFAULT_LAB_SETTINGS.vco, ...options.settings?.vco },
    },
    sleep: options.sleep ?? ((ms) => sleepReal(ms)),
    logger: options.logger,
    onReset(reset) {
      resets.push(reset);
    },
    reset() {
      runtime.reset();
      events.reset();
      degradations.reset();
      tickets.reset();
      faults.reset();
      for (const reset of resets) reset();
    },
  };
}
