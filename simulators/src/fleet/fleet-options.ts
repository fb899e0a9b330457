import { VCO_HOST_NAMES } from '@automation-engine/vendor-apis';
import type { FleetOptions, ResolvedFleetOptions } from './fleet-types.js';

/** Default reference date of the seed: install dates lie before it. */
export const DEFAULT_FLEET_EPOCH = Date.UTC(2023, 0, 1);

/** Fills the defaults and checks the sizes; throws a RangeError on nonsense. */
export function resolveFleetOptions(options: FleetOptions): ResolvedFleetOptions {
  const hostNames = options.hostNames ?? VCO_HOST_NAMES;
  if (!Number.isInteger(options.seed)) throw new RangeError('seed must be an integer');
  if (!Number.isInteger(options.edges) || options.edges < 0) {
    throw new RangeError('edges must be an integer ≥ 0');
  }
  if (!Number.isInteger(options.hosts) || options.hosts < 1 || options.hosts > hostNames.length) {
    throw new RangeError(`hosts must be an integer between 1 and ${String(hostNames.length)}`);
  }
  if (new Set(hostNames).size !== hostNames.length) throw new RangeError('host names must differ');
  const defaultClients = Math.max(options.hosts, Math.ceil(options.edges / 25));
  const clients = Math.max(
    1,
    Math.min(options.clients ?? defaultClients, Math.max(1, options.edges)),
  );
  return {
    seed: options.seed,
    edges: options.edges,
    hosts: options.hosts,
    hostNames: hostNames.slice(0, options.hosts),
    clients,
    haRatio: ratio('haRatio', options.haRatio ?? 0.05),
    neverActivatedRatio: ratio('neverActivatedRatio', options.neverActivatedRatio ?? 0.01),
    nullStateRatio: ratio('nullStateRatio', options.nullStateRatio ?? 0.002),
    duplicateInventoryRatio: ratio(
      'duplicateInventoryRatio',
      options.duplicateInventoryRatio ?? 0.01,
    ),
    sharedSiteRatio: ratio('sharedSiteRatio', options.sharedSiteRatio ?? 0.2),
    probeRatio: ratio('probeRatio', options.probeRatio ?? 0.125),
    epoch: options.epoch ?? DEFAULT_FLEET_EPOCH,
  };
}

function ratio(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new RangeError(`${name} must be between 0 and 1`);
  }
  return value;
}
