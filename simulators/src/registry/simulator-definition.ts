import type { FastifyInstance } from 'fastify';
import type { LabServer } from '../http/lab-server.js';
import type { LabContext } from '../lab-context.js';

/** One listening unit of a simulator (a VCO host, the Bruin API, a gRPC server…). */
export interface SimulatorInstance {
  /** Instance name (e.g. the VCO host); absent for single-instance simulators. */
  instance?: string;
  server: LabServer;
}

/** A simulator once built on a lab context, before it listens. */
export interface BuiltSimulator {
  instances: SimulatorInstance[];
  /**
   * Extra control-API routes, mounted under `/<simulator name>` (e.g. `/bruin/tickets`,
   * later `/slack/messages`, `/smtp/emails`).
   */
  controlRoutes?: (app: FastifyInstance) => void;
}

/**
 * An entry of the lab's simulator registry. `startLab` builds every definition on the shared
 * context, starts each instance on its port, mounts its control routes, and lists its URL(s):
 * a string, or a map instance → URL when `multiInstance`.
 */
export interface SimulatorDefinition {
  name: string;
  multiInstance: boolean;
  build(ctx: LabContext): BuiltSimulator;
}
