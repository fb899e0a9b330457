import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  exists,
  listServices,
  parseEnvFile,
  readText,
  readYaml,
  type ServicePackage,
} from './delivery-repo.js';
import { calledServices, callsVendors } from './service-dependencies.js';

const dependsOnSchema = z.union([
  z.array(z.string()),
  z.record(z.string(), z.object({ condition: z.string().optional() })),
]);
const composeServiceSchema = z.object({
  image: z.string().optional(),
  build: z.object({ context: z.string(), dockerfile: z.string() }).optional(),
  command: z.union([z.string(), z.array(z.string())]).optional(),
  environment: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  env_file: z
    .array(z.union([z.string(), z.object({ path: z.string(), required: z.boolean().optional() })]))
    .optional(),
  ports: z.array(z.string()).optional(),
  volumes: z.array(z.string()).optional(),
  healthcheck: z.object({ test: z.array(z.string()) }).optional(),
  depends_on: dependsOnSchema.optional(),
  networks: z.record(z.string(), z.object({ aliases: z.array(z.string()) })).optional(),
});
const composeSchema = z.object({
  services: z.record(z.string(), composeServiceSchema),
  volumes: z.record(z.string(), z.unknown()).optional(),
});
type ComposeService = z.infer<typeof composeServiceSchema>;

const compose = composeSchema.parse(readYaml('docker-compose.yml'));
const services = listServices();

function composeService(name: string): ComposeService {
  const entry = compose.services[name];
  if (entry === undefined) throw new Error(`docker-compose.yml has no service "${name}"`);
  return entry;
}

function dependencies(entry: ComposeService): Record<string, string | undefined> {
  const dependsOn = entry.depends_on ?? {};
  if (Array.isArray(dependsOn))
    return Object.fromEntries(dependsOn.map((name) => [name, undefined]));
  return Object.fromEntries(
    Object.entries(dependsOn).map(([name, { condition }]) => [name, condition]),
  );
}

/**
 * environment plus the env files the service reads (later files win, environment wins last).
 * Optional files (a developer's docker-compose.vendors.env) are left out: this is the lab setup.
 */
function effectiveEnv(entry: ComposeService): Record<string, string> {
  const env: Record<string, string> = {};
  for (const file of entry.env_file ?? []) {
    if (typeof file !== 'string' && file.required === false) continue;
    const path = typeof file === 'string' ? file : file.path;
    Object.assign(env, parseEnvFile(readText(path)));
  }
  for (const [key, value] of Object.entries(entry.environment ?? {})) env[key] = String(value);
  return env;
}

const NATS_NODES = ['nats-1', 'nats-2', 'nats-3'];

describe('docker-compose.yml - infrastructure', () => {
  it('runs NATS as a 3-node cluster, JetStream on every node, each routed to all', () => {
    for (const node of NATS_NODES) {
      const args = [composeService(node).command ?? []].flat().join(' ');
      expect(args, node).toContain('--jetstream');
      expect(args, node).toContain(`--name=${node}`);
      for (const peer of NATS_NODES) expect(args, node).toContain(`nats://${peer}:6222`);
      expect(composeService(node).healthcheck, node).toBeDefined();
    }
  });

  it('runs Redis by role: claim-check/general, customer cache, tnba feedback', () => {
    for (const name of ['redis', 'redis-customer-cache', 'redis-tnba-feedback']) {
      expect(composeService(name).image, name).toMatch(/^redis:/);
      expect(composeService(name).healthcheck, name).toBeDefined();
    }
  });

  it('runs the lab from simulators/Dockerfile, listening on every interface', () => {
    const lab = composeService('lab');
    expect(lab.build).toEqual({ context: '.', dockerfile: 'simulators/Dockerfile' });
    expect(lab.environment?.['LAB_BIND_HOST']).toBe('0.0.0.0');
    expect(lab.healthcheck?.test.join(' ')).toContain('/healthz');
  });

  it('runs Prometheus and Grafana on the provisioning of metrics-dashboard/', () => {
    expect(composeService('prometheus').volumes).toContain(
      './metrics-dashboard/prometheus:/etc/prometheus:ro',
    );
    expect(composeService('grafana').volumes).toEqual(
      expect.arrayContaining([
        './metrics-dashboard/grafana/provisioning:/etc/grafana/provisioning:ro',
        './metrics-dashboard/grafana/dashboards:/var/lib/grafana/dashboards:ro',
      ]),
    );
  });

  it('mounts only host paths and env files that exist (a vendors env file may be absent)', () => {
    for (const [name, entry] of Object.entries(compose.services)) {
      for (const volume of entry.volumes ?? []) {
        const source = volume.split(':')[0] ?? '';
        if (source.startsWith('.')) expect(exists(source), `${name}: ${source}`).toBe(true);
        else expect(compose.volumes, `${name}: named volume ${source}`).toHaveProperty(source);
      }
      for (const file of entry.env_file ?? []) {
        if (typeof file === 'string' || file.required !== false)
          expect(exists(typeof file === 'string' ? file : file.path), `${name}: env file`).toBe(
            true,
          );
      }
    }
  });

  it('publishes no host port twice', () => {
    const owners = new Map<string, string>();
    for (const [name, entry] of Object.entries(compose.services)) {
      for (const port of entry.ports ?? []) {
        const host = port.split(':')[0] ?? port;
        expect(owners.get(host), `host port ${host} of ${name}`).toBeUndefined();
        owners.set(host, name);
      }
    }
  });

  it('keeps the vendors example env file free of values (real credentials never committed)', () => {
    const example = parseEnvFile(readText('docker-compose.vendors.example.env'));
    expect(Object.values(example).filter((value) => value !== '')).toEqual([]);
  });
});

describe.each(services)('docker-compose.yml - $name', (service: ServicePackage) => {
  const entry = (): ComposeService => composeService(service.name);

  it('is a compose service built from its own Dockerfile at the repository root', () => {
    expect(entry().build).toEqual({
      context: '.',
      dockerfile: `services/${service.name}/Dockerfile`,
    });
    expect(exists(`services/${service.name}/Dockerfile`), 'the Dockerfile exists').toBe(true);
    expect(entry().image).toBe(`automation-engine/${service.name}:local`);
  });

  it('gets the engine environment: NATS cluster, claim-check Redis, one HTTP port', () => {
    const env = effectiveEnv(entry());
    expect(env['NATS_URL']?.split(',')).toEqual(NATS_NODES.map((node) => `nats://${node}:4222`));
    expect(env['REDIS_URL']).toBe('redis://redis:6379');
    expect(env['HTTP_PORT']).toBe('5000');
    expect(env['ENVIRONMENT_NAME']).toBeTruthy();
  });

  it('gets every variable its package.json engine.env gives `pnpm start`, pointing at the lab', () => {
    const env = effectiveEnv(entry());
    const missing = Object.keys(service.engineEnv).filter((key) => env[key] === undefined);
    expect(missing).toEqual([]);
    for (const [key, template] of Object.entries(service.engineEnv)) {
      if (env[key] === undefined) continue;
      // A lab URL (`${LAB_BRUIN_URL}`, `${LAB_VCO_URLS}`) is the lab container (an HTTP URL, or a
      // gRPC host:port as T7's); any other value is the same.
      if (/\$\{LAB_[A-Z0-9_]+_URLS?\}/.test(template))
        expect(env[key], key).toMatch(/(^|\/\/)lab:\d+/);
      else if (!template.includes('${')) expect(env[key], key).toBe(template);
    }
  });

  it('is healthy when /readyz answers on port 5000, and scraped as an engine-service', () => {
    const test = entry().healthcheck?.test.join(' ') ?? '';
    expect(test).toContain('http://127.0.0.1:5000/readyz');
    expect(entry().networks?.['default']?.aliases).toContain('engine-service');
  });

  it('starts after NATS, Redis, the lab when it calls vendors, and the services it calls', () => {
    const dependsOn = dependencies(entry());
    const needed = [
      ...NATS_NODES,
      'redis',
      ...(callsVendors(service) ? ['lab'] : []),
      ...calledServices(service, services),
    ];
    for (const name of needed)
      expect(dependsOn[name], `depends_on ${name}`).toBe('service_healthy');
  });
});
