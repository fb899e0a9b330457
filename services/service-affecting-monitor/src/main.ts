import { runService } from '@automation-engine/service-kit';
import { SERVICE_NAME, wireAffectingMonitor } from './app.js';
import { serviceEnv } from './config.js';

await runService({
  name: SERVICE_NAME,
  env: serviceEnv,
  start: (kit) => {
    wireAffectingMonitor(kit);
  },
});
