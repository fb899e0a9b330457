import { readText, sourceFiles, type ServicePackage } from './delivery-repo.js';

const CONTRACT_IMPORT = /['"]@automation-engine\/contracts\/([a-z0-9-]+)['"]/g;

/**
 * The services a service calls on the bus, read from the contract subpaths its sources import:
 * `@automation-engine/contracts/<x>` is served by the service `<x>-bridge` or `<x>`. Its own
 * contracts (a bridge importing what it serves) and subpaths no existing service serves are left out.
 */
export function calledServices(
  service: ServicePackage,
  services: readonly ServicePackage[],
): string[] {
  const names = new Set(services.map(({ name }) => name));
  const called = new Set<string>();
  for (const file of sourceFiles(`services/${service.name}/src`)) {
    for (const [, subpath = ''] of readText(file).matchAll(CONTRACT_IMPORT)) {
      const server = [`${subpath}-bridge`, subpath].find((name) => names.has(name));
      if (server !== undefined && server !== service.name) called.add(server);
    }
  }
  return [...called].sort();
}

/** A service that talks to a vendor API: a bridge, or one whose `pnpm start` env points at the lab. */
export function callsVendors(service: ServicePackage): boolean {
  return (
    service.name.endsWith('-bridge') ||
    Object.values(service.engineEnv).some((value) => value.includes('${LAB_'))
  );
}
