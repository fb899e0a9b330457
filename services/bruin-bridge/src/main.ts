import { runService } from '@automation-engine/service-kit';
import { wireBruinBridge } from './app.js';
import { serviceEnv } from './config.js';

await runService({ name: 'bruin-bridge', env: serviceEnv, start: wireBruinBridge });
