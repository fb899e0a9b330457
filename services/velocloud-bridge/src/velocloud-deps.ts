import type { VcoHosts } from './velocloud-client/vco-hosts.js';

/** What the handlers work with. */
export interface VelocloudDeps {
  hosts: VcoHosts;
}
