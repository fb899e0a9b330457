import { runService } from '@automation-engine/service-kit';
import { wireDigiBridge } from './app.js';
import { serviceEnv } from './config.js';

await runService({ name: 'digi-bridge', env: serviceEnv, start: wireDigiBridge });
