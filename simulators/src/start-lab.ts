import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { LabClock, LabClockOptions } from './clock/lab-clock.js';
import { buildControlApp } from './control/build-control-app.js';
import type { Sleep } from './faults/install-fault-hook.js';
import type { Fleet, FleetOptions } from './fleet/fleet-types.js';
import { fastifyServer, type LabServer } from './http/lab-server.js';
import { createLabContext, type LabContext, type LabContextOptions } from './lab-context.js';
import { defaultSimulators } from './registry/default-simulators.js';
import type { SimulatorDefinition } from './registry/simulator-definition.js';

/**
 * Base URLs of the lab: the control API (and console), Bruin, one per VCO host, Hawkeye, DiGi,
 * DRI, the Slack webhook (full URL), T7 as `host:port` (gRPC) and the SMTP sink as `smtp://`.
 * Absent when a custom simulator list leaves the simulator out.
 */
export interface LabUrls {
  control: string;
  bruin: string;
  vco: Readonly<Record<string, string>>;
  hawkeye?: string;
  t7?: string;
  digi?: string;
  dri?: string;
  slack?: string;
  email?: string;
  readonly [simulator: string]: string | Readonly<Record<string, string>> | undefined;
}

export interface StartLabOptions {
  seed?: number;
  edges?: number;
  hosts?: number;
  /** More fleet options (ratios, client count…), or a fleet already generated. */
  fleet?: Partial<FleetOptions> | Fleet;
  clock?: LabClock | LabClockOptions;
  settings?: LabContextOptions['settings'];
  /** Interface to bind (default 127.0.0.1). */
  bindHost?: string;
  /**
   * Ports by simulator name (`control`, `bruin`, `vco`, …); a multi-instance simulator uses
   * consecutive ports from its base. 0 or absent = a free port.
   */
  ports?: Readonly<Record<string, number>>;
  simulators?: readonly SimulatorDefinition[];
  logger?: FastifyBaseLogger;
  sleep?: Sleep;
  /**
   * Real-time period (ms) at which scheduled lab work runs when no request comes in (default
   * 250; every request also runs it first).
   */
  tickIntervalMs?: number;
}

export interface RunningLab {
  urls: LabUrls;
  fleet: Fleet;
  clock: LabClock;
  context: LabContext;
  /** Back to the seed (clock untouched). */
  reset(): void;
  /** Stops every server; resolves when all are closed. */
  close(): Promise<void>;
}

/**
 * Starts the lab in-process: generates the fleet, builds every simulator of the registry on one
 * shared context, listens on the configured (or free) ports, and the control API last.
 */
export async function startLab(options: StartLabOptions = {}): Promise<RunningLab> {
  const context = createLabContext(contextOptions(options));
  const bindHost = options.bindHost ?? '127.0.0.1';
  const definitions = options.simulators ?? defaultSimulators();
  const started: LabServer[] = [];
  const urls: Record<string, string | Record<string, string>> = {};
  const ticker = setInterval(() => {
    context.tick();
  }, options.tickIntervalMs ?? 250);
  ticker.unref();
  const close = async (): Promise<void> => {
    clearInterval(ticker);
    await Promise.allSettled(
      started
        .splice(0)
        .reverse()
        .map((server) => server.close()),
    );
  };
  try {
    const extensions: { name: string; routes: (app: FastifyInstance) => void }[] = [];
    const catalog = new Map<string, string[]>();
    for (const definition of definitions) {
      const built = definition.build(context);
      const base = options.ports?.[definition.name] ?? 0;
      const perInstance: Record<string, string> = {};
      for (const [i, instance] of built.instances.entries()) {
        const url = await instance.server.listen({
          host: bindHost,
          port: base === 0 ? 0 : base + i,
        });
        started.push(instance.server);
        if (definition.multiInstance) perInstance[instance.instance ?? String(i)] = url;
        else urls[definition.name] = url;
      }
      if (definition.multiInstance) urls[definition.name] = perInstance;
      catalog.set(
        definition.name,
        built.instances.flatMap((i) => (i.instance === undefined ? [] : [i.instance])),
      );
      if (built.controlRoutes !== undefined)
        extensions.push({ name: definition.name, routes: built.controlRoutes });
    }
    const control = fastifyServer(
      buildControlApp({ ctx: context, simulators: catalog, extensions, urls: () => urls }),
    );
    urls.control = await control.listen({ host: bindHost, port: options.ports?.control ?? 0 });
    started.push(control);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    urls: urls as unknown as LabUrls,
    fleet: context.fleet,
    clock: context.clock,
    context,
    reset: () => {
      context.reset();
    },
    close,
  };
}

function contextOptions(options: StartLabOptions): LabContextOptions {
  const fleet =
    options.fleet !== undefined && 'index' in options.fleet
      ? options.fleet
      : {
          ...options.fleet,
          seed: options.seed ?? options.fleet?.seed ?? 1,
          edges: options.edges ?? options.fleet?.edges ?? 20,
          hosts: options.hosts ?? options.fleet?.hosts ?? 2,
        };
  return {
    fleet,
    ...(options.clock === undefined ? {} : { clock: options.clock }),
    ...(options.settings === undefined ? {} : { settings: options.settings }),
    ...(options.logger === undefined ? {} : { logger: options.logger }),
    ...(options.sleep === undefined ? {} : { sleep: options.sleep }),
  };
}
