import type { LabContext } from '../lab-context.js';
import type { BruinEmailLog } from './bruin-email-log.js';
import type { BruinTokenStore } from './bruin-token-store.js';

/** What the Bruin routes work with: the shared lab and the simulator's own state. */
export interface BruinDeps {
  ctx: LabContext;
  tokens: BruinTokenStore;
  emails: BruinEmailLog;
}
