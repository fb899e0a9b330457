import { runService } from '@automation-engine/service-kit';
import { wireT7Bridge } from './app.js';
import { serviceEnv } from './config.js';

await runService({ name: 't7-bridge', env: serviceEnv, start: wireT7Bridge });
