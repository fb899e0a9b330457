import { BRUIN_SIMULATOR, buildBruinApp } from '../bruin/build-bruin-app.js';
import { registerBruinTicketRoutes } from '../control/routes/bruin-ticket-routes.js';
import { registerVcoEventRoutes } from '../control/routes/vco-event-routes.js';
import { fastifyServer } from '../http/lab-server.js';
import { buildVcoApp, VCO_SIMULATOR } from '../velocloud/build-vco-app.js';
import { digiSimulator, driSimulator, hawkeyeSimulator, t7Simulator } from './device-simulators.js';
import { emailSimulator, slackSimulator } from './notification-simulators.js';
import type { SimulatorDefinition } from './simulator-definition.js';

/** Bruin: one server; control routes `/bruin/tickets…`, `/bruin/emails`. */
export const bruinSimulator: SimulatorDefinition = {
  name: BRUIN_SIMULATOR,
  multiInstance: false,
  build(ctx) {
    const { app, emails } = buildBruinApp(ctx);
    return {
      instances: [{ server: fastifyServer(app) }],
      controlRoutes: (scope) => {
        registerBruinTicketRoutes(scope, { ctx, emails });
      },
    };
  },
};

/** VeloCloud: one server per VCO host of the fleet; control route `/vco/events`. */
export const vcoSimulator: SimulatorDefinition = {
  name: VCO_SIMULATOR,
  multiInstance: true,
  build(ctx) {
    return {
      instances: ctx.fleet.hosts.map((host) => ({
        instance: host,
        server: fastifyServer(buildVcoApp(ctx, host).app),
      })),
      controlRoutes: (scope) => {
        registerVcoEventRoutes(scope, ctx);
      },
    };
  },
};

/** The simulators `startLab` runs unless told otherwise: every vendor the engine talks to. */
export function defaultSimulators(): SimulatorDefinition[] {
  return [
    bruinSimulator,
    vcoSimulator,
    hawkeyeSimulator,
    t7Simulator,
    digiSimulator,
    driSimulator,
    slackSimulator,
    emailSimulator,
  ];
}
