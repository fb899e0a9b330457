import { runService } from '@automation-engine/service-kit';
import { wireNotificationsBridge } from './app.js';
import { serviceEnv } from './config.js';

await runService({ name: 'notifications-bridge', env: serviceEnv, start: wireNotificationsBridge });
