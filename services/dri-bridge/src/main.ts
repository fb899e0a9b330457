import { runService } from '@automation-engine/service-kit';
import { wireDriBridge } from './app.js';
import { serviceEnv } from './config.js';

await runService({ name: 'dri-bridge', env: serviceEnv, start: wireDriBridge });
