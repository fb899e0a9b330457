import { runService } from '@automation-engine/service-kit';
import { wireHawkeyeBridge } from './app.js';
import { serviceEnv } from './config.js';

await runService({ name: 'hawkeye-bridge', env: serviceEnv, start: wireHawkeyeBridge });
