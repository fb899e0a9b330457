import { runService } from '@automation-engine/service-kit';
import { wireVelocloudBridge } from './app.js';
import { serviceEnv } from './config.js';

await runService({
  name: 'velocloud-bridge',
  env: serviceEnv,
  start: (kit) => {
    wireVelocloudBridge(kit);
  },
});
