import { registerDigiControlRoutes } from '../control/routes/digi-control-routes.js';
import { registerDriControlRoutes } from '../control/routes/dri-control-routes.js';
import { registerHawkeyeControlRoutes } from '../control/routes/hawkeye-control-routes.js';
import { registerT7ControlRoutes } from '../control/routes/t7-control-routes.js';
import { buildDigiApp, DIGI_SIMULATOR } from '../digi/build-digi-app.js';
import { buildDriApp, DRI_SIMULATOR } from '../dri/build-dri-app.js';
import { buildHawkeyeApp, HAWKEYE_SIMULATOR } from '../hawkeye/build-hawkeye-app.js';
import { fastifyServer } from '../http/lab-server.js';
import { buildT7Server, T7_SIMULATOR } from '../t7/build-t7-server.js';
import type { SimulatorDefinition } from './simulator-definition.js';

/** Hawkeye/Ixia: probes and test results; control routes `/hawkeye/probes…`. */
export const hawkeyeSimulator: SimulatorDefinition = {
  name: HAWKEYE_SIMULATOR,
  multiInstance: false,
  build(ctx) {
    const { app, probes } = buildHawkeyeApp(ctx);
    return {
      instances: [{ server: fastifyServer(app) }],
      controlRoutes: (scope) => {
        registerHawkeyeControlRoutes(scope, { ctx, state: probes });
      },
    };
  },
};

/** T7 predictions over gRPC; control routes `/t7/predictions`, `/t7/metrics`, `/t7/overrides`. */
export const t7Simulator: SimulatorDefinition = {
  name: T7_SIMULATOR,
  multiInstance: false,
  build(ctx) {
    const { server, calls, overrides } = buildT7Server(ctx);
    return {
      instances: [{ server }],
      controlRoutes: (scope) => {
        registerT7ControlRoutes(scope, { ctx, calls, overrides });
      },
    };
  },
};

/** DiGi reboots and recovery logs; control routes `/digi/devices`, `/digi/reboots`, `/digi/behaviour`. */
export const digiSimulator: SimulatorDefinition = {
  name: DIGI_SIMULATOR,
  multiInstance: false,
  build(ctx) {
    const { app, reboots, behaviour } = buildDigiApp(ctx);
    return {
      instances: [{ server: fastifyServer(app) }],
      controlRoutes: (scope) => {
        registerDigiControlRoutes(scope, { ctx, reboots, behaviour });
      },
    };
  },
};

/** DRI parameter tasks of PIAB devices; control routes `/dri/devices`, `/dri/tasks`, `/dri/behaviour`. */
export const driSimulator: SimulatorDefinition = {
  name: DRI_SIMULATOR,
  multiInstance: false,
  build(ctx) {
    const { app, tasks } = buildDriApp(ctx);
    return {
      instances: [{ server: fastifyServer(app) }],
      controlRoutes: (scope) => {
        registerDriControlRoutes(scope, { ctx, tasks });
      },
    };
  },
};
