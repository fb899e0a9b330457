import { runService } from '@automation-engine/service-kit';
import { SERVICE_NAME, wireOutageMonitor } from './app.js';
import { serviceEnv } from './config.js';

await runService({
  name: SERVICE_NAME,
  env: serviceEnv,
  start: (kit) => {
    wireOutageMonitor(kit);
  },
});
