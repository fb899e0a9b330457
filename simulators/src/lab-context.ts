import { setTimeout as sleepReal } from 'node:timers/promises';
import type { FastifyBaseLogger } from 'fastify';
import { TicketStore } from './bruin/ticket-store.js';
import { LabClock, type LabClockOptions } from './clock/lab-clock.js';
import { LabScheduler } from './clock/lab-scheduler.js';
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

export interface HawkeyeSettings {
  username: string;
  password: string;
  /** Lifetime of a `PHPSESSID` session, in lab seconds. */
  sessionTtlSeconds: number;
}

export interface DigiSettings {
  clientId: string;
  clientSecret: string;
  /** `expires_in` of a token, in lab seconds. */
  tokenTtlSeconds: number;
  /** Lab seconds after a reboot until the edge and its DiGi link are back. */
  recoverySeconds: number;
}

export interface DriSettings {
  /** The `email` of `POST /auth/login`. */
  username: string;
  password: string;
  /** Lifetime of an `authorization_token`, in lab seconds. */
  tokenTtlSeconds: number;
  /** R3 polls a task answers `Pending` before it is done. */
  pendingPolls: number;
}

export interface EmailSettings {
  /** SMTP AUTH the sink requires; null: AUTH optional (any credentials accepted). */
  username: string | null;
  password: string | null;
}

export interface LabSettings {
  bruin: BruinSettings;
  vco: VcoSettings;
  hawkeye: HawkeyeSettings;
  digi: DigiSettings;
  dri: DriSettings;
  email: EmailSettings;
}

export const DEFAULT_LAB_SETTINGS: LabSettings = {
  bruin: {
    clientId: 'lab-client',
    clientSecret: 'lab-secret',
    tokenTtlSeconds: 3600,
    apiUserName: 'Intelygenz Ai',
  },
  vco: { username: 'lab-operator', password: 'lab-password', sessionTtlSeconds: 86_400 },
  hawkeye: { username: 'lab-hawkeye', password: 'lab-password', sessionTtlSeconds: 3600 },
  digi: {
    clientId: 'lab-digi',
    clientSecret: 'lab-secret',
    tokenTtlSeconds: 3600,
    recoverySeconds: 300,
  },
  dri: {
    username: 'lab-dri@mettel.example',
    password: 'lab-password',
    tokenTtlSeconds: 3600,
    pendingPolls: 2,
  },
  email: { username: null, password: null },
};

/** Per-simulator overrides of the default settings. */
export type LabSettingsInput = { [K in keyof LabSettings]?: Partial<LabSettings[K]> };

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
  /** Work due at a lab time (DiGi recoveries…), run by `tick()`. */
  readonly scheduler: LabScheduler;
  readonly settings: LabSettings;
  /** Real-time wait (delay faults); tests substitute their own. */
  readonly sleep: Sleep;
  readonly logger: FastifyBaseLogger | undefined;
  /** Runs the scheduled work whose lab time has come; simulators call it before each request. */
  tick(): void;
  /** Registers a reset of a simulator's private state, run by `resetLab`. */
  onReset(reset: () => void): void;
  /** Back to the seed: states, events, degradations, tickets, faults and simulator state. */
  reset(): void;
}

export interface LabContextOptions {
  /** A generated fleet, or the options to generate one (default seed 1, 20 edges, 2 hosts). */
  fleet?: Fleet | FleetOptions;
  clock?: LabClock | LabClockOptions;
  settings?: LabSettingsInput;
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
  const scheduler = new LabScheduler({
    clock,
    onError: (error, task) =>
      options.logger?.error({ err: error, task: task.label }, 'scheduled lab work failed'),
  });
  const resets: (() => void)[] = [];
  const settings = options.settings ?? {};
  return {
    fleet,
    clock,
    runtime,
    events,
    degradations,
    tickets,
    faults,
    scheduler,
    settings: {
      bruin: { ...DEFAULT_LAB_SETTINGS.bruin, ...settings.bruin },
      vco: { ...DEFAULT_LAB_SETTINGS.vco, ...settings.vco },
      hawkeye: { ...DEFAULT_LAB_SETTINGS.hawkeye, ...settings.hawkeye },
      digi: { ...DEFAULT_LAB_SETTINGS.digi, ...settings.digi },
      dri: { ...DEFAULT_LAB_SETTINGS.dri, ...settings.dri },
      email: { ...DEFAULT_LAB_SETTINGS.email, ...settings.email },
    },
    sleep: options.sleep ?? ((ms) => sleepReal(ms)),
    logger: options.logger,
    tick() {
      scheduler.runDue();
    },
    onReset(reset) {
      resets.push(reset);
    },
    reset() {
      runtime.reset();
      events.reset();
      degradations.reset();
      tickets.reset();
      faults.reset();
      scheduler.reset();
      for (const reset of resets) reset();
    },
  };
}
