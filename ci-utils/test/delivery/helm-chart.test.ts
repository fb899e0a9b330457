import { beforeAll, describe, expect, it } from 'vitest';
import {
  deployVariables,
  HELM_CHART_PATH,
  HELM_RELEASE,
  HELM_VALUES_FILES,
  hasEnvironment,
  resolveEnvironment,
} from '@automation-engine/ci-utils';
import {
  dig,
  exists,
  isRecord,
  list,
  listServices,
  parseYamlDocuments,
  readText,
  readYaml,
  record,
  text,
  type Data,
} from './delivery-repo.js';
import { helm } from './helm-binary.js';

const CHART = HELM_CHART_PATH;
const EXAMPLE = 'helm/examples/ephemeral-subset.yaml';
const services = listServices();

interface Manifest {
  kind: string;
  name: string;
  object: Data;
}

function render(args: readonly string[]): Manifest[] {
  return parseYamlDocuments(helm(['template', HELM_RELEASE, CHART, ...args])).map((document) => {
    const object = record(document, 'a rendered document');
    return {
      kind: text(object['kind'], 'kind'),
      name: text(dig(object, 'metadata', 'name'), 'metadata.name'),
      object,
    };
  });
}

function find(manifests: readonly Manifest[], kind: string, name: string): Data | undefined {
  return manifests.find((manifest) => manifest.kind === kind && manifest.name === name)?.object;
}

function only(manifests: readonly Manifest[], kind: string, name: string): Data {
  const object = find(manifests, kind, name);
  if (object === undefined) throw new Error(`no ${kind} ${name} was rendered`);
  return object;
}

/** Objects that belong to a service: its name, or prefixed by it (<svc>-config, <svc>-secret). */
function objectsOf(manifests: readonly Manifest[], service: string): Manifest[] {
  return manifests.filter(
    ({ name, object }) =>
      name === service ||
      name.startsWith(`${service}-`) ||
      dig(object, 'metadata', 'labels', 'app.kubernetes.io/name') === service,
  );
}

function valuesOf(file: string): Data {
  return record(readYaml(file), file);
}

/** The values an environment gives a service: chart defaults, then each file in turn. */
function serviceSetting(files: readonly string[], service: string, key: string): unknown {
  let value = dig(readYaml(`${CHART}/charts/${service}/values.yaml`), key);
  for (const file of files) value = dig(valuesOf(file), service, key) ?? value;
  return value;
}

const productionFiles = [HELM_VALUES_FILES.production];
const exampleFiles = [HELM_VALUES_FILES.dev, EXAMPLE];

describe('helm/automation-engine - layout', () => {
  it('sits where ci-utils deploys it from, with a values file per environment type', () => {
    expect(exists(`${CHART}/Chart.yaml`)).toBe(true);
    for (const file of Object.values(HELM_VALUES_FILES)) expect(exists(file), file).toBe(true);
  });

  it.each(services)('has a subchart for $name, enabled by <service>.enabled', ({ name }) => {
    const chart = record(readYaml(`${CHART}/charts/${name}/Chart.yaml`), 'Chart.yaml');
    expect(chart['name']).toBe(name);
    const dependency = list(valuesOf(`${CHART}/Chart.yaml`)['dependencies'], 'dependencies').find(
      (entry) => isRecord(entry) && entry['name'] === name,
    );
    expect(dependency, `Chart.yaml dependency ${name}`).toMatchObject({
      condition: `${name}.enabled`,
    });
    const values = valuesOf(`${CHART}/charts/${name}/values.yaml`);
    expect(values).toMatchObject({ enabled: true, replicaCount: expect.any(Number) as number });
    expect(dig(values, 'resources', 'requests')).toBeDefined();
    expect(dig(values, 'resources', 'limits')).toBeDefined();
  });

  it.each(services)('renders $name with the shared service-lib, in one line', ({ name }) => {
    expect(readText(`${CHART}/charts/${name}/templates/service.yaml`).trim()).toBe(
      '{{- include "service-lib.all" . }}',
    );
  });

  it.each(services)('sets enabled and replicaCount of $name in every values file', ({ name }) => {
    for (const file of [`${CHART}/values.yaml`, ...Object.values(HELM_VALUES_FILES)]) {
      expect(dig(valuesOf(file), name), `${file}: ${name}`).toMatchObject({
        enabled: expect.any(Boolean) as boolean,
        replicaCount: expect.any(Number) as number,
      });
    }
  });

  it('passes helm lint --strict for production and the ephemeral example', () => {
    for (const files of [productionFiles, exampleFiles]) {
      expect(() =>
        helm(['lint', '--strict', CHART, ...files.flatMap((file) => ['--values', file])]),
      ).not.toThrow();
    }
  });
});

describe('helm/automation-engine - production', () => {
  let manifests: Manifest[] = [];
  beforeAll(() => {
    manifests = render([
      '--namespace',
      'automation-engine',
      '--values',
      HELM_VALUES_FILES.production,
    ]);
  });

  describe.each(services)('$name', ({ name }) => {
    // A service with `instances` (a monitor per VCO host) has one Deployment and ConfigMap per
    // instance, <service>-<instance>; the checks below look at the first, the instance test at all.
    const instances = (): string[] => {
      const listed = dig(valuesOf(`${CHART}/charts/${name}/values.yaml`), 'instances');
      return Array.isArray(listed) ? listed.map((item) => text(dig(item, 'name'), 'name')) : [];
    };
    const objectName = (): string => {
      const [first] = instances();
      return first === undefined ? name : `${name}-${first}`;
    };
    const deployment = (): Data => only(manifests, 'Deployment', objectName());
    const container = (): Data =>
      record(
        list(dig(deployment(), 'spec', 'template', 'spec', 'containers'), 'containers')[0],
        'container',
      );

    it('has a Deployment with the replicas of values-production.yaml', () => {
      expect(dig(deployment(), 'spec', 'replicas')).toBe(
        instances().length > 0 ? 1 : serviceSetting(productionFiles, name, 'replicaCount'),
      );
    });

    it('runs one Deployment and ConfigMap per instance, its config over the service one', () => {
      const listed = dig(valuesOf(`${CHART}/charts/${name}/values.yaml`), 'instances');
      if (!Array.isArray(listed)) return;
      for (const instance of listed) {
        const object = `${name}-${text(dig(instance, 'name'), 'name')}`;
        expect(dig(only(manifests, 'Deployment', object), 'spec', 'replicas')).toBe(1);
        const data = record(dig(only(manifests, 'ConfigMap', `${object}-config`), 'data'), 'data');
        expect(data).toMatchObject(record(dig(instance, 'config'), 'config'));
      }
    });

    it('probes /healthz for liveness and /readyz for readiness on port 5000', () => {
      expect(dig(container(), 'ports')).toEqual([
        { name: 'http', containerPort: 5000, protocol: 'TCP' },
      ]);
      expect(dig(container(), 'livenessProbe', 'httpGet')).toEqual({
        path: '/healthz',
        port: 'http',
      });
      expect(dig(container(), 'readinessProbe', 'httpGet')).toEqual({
        path: '/readyz',
        port: 'http',
      });
    });

    it('has CPU and memory requests and limits', () => {
      for (const bound of ['requests', 'limits'])
        expect(dig(container(), 'resources', bound), bound).toMatchObject({
          cpu: expect.any(String) as string,
          memory: expect.any(String) as string,
        });
    });

    it('runs as non-root, without privilege escalation, on a read-only root filesystem', () => {
      expect(dig(deployment(), 'spec', 'template', 'spec', 'securityContext')).toMatchObject({
        runAsNonRoot: true,
      });
      expect(dig(container(), 'securityContext')).toMatchObject({
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
      });
      expect(dig(deployment(), 'spec', 'template', 'spec', 'serviceAccountName')).toBe(
        'automation-engine',
      );
    });

    it('runs its own image from the registry', () => {
      expect(dig(container(), 'image')).toMatch(new RegExp(`/${name}:[\\w.-]+(@sha256:\\w+)?$`));
    });

    it('reads its environment from its ConfigMap and its ExternalSecret only', () => {
      const envFrom = list(dig(container(), 'envFrom'), 'envFrom');
      expect(envFrom).toEqual([
        { configMapRef: { name: `${objectName()}-config` } },
        { secretRef: { name: `${name}-secret`, optional: false } },
      ]);
      expect(dig(container(), 'env')).toBeUndefined();
      const config = record(
        dig(only(manifests, 'ConfigMap', `${objectName()}-config`), 'data'),
        'data',
      );
      expect(config).toMatchObject({
        NATS_URL: 'nats://nats:4222',
        ENVIRONMENT_NAME: 'production',
        CURRENT_ENVIRONMENT: 'production',
        HTTP_PORT: '5000',
      });
      const secret = only(manifests, 'ExternalSecret', `${name}-secret`);
      expect(dig(secret, 'spec', 'target', 'name')).toBe(`${name}-secret`);
      const store = text(dig(secret, 'spec', 'secretStoreRef', 'name'), 'secretStoreRef.name');
      expect(find(manifests, 'SecretStore', store), `SecretStore ${store}`).toBeDefined();
      const keys = list(dig(secret, 'spec', 'data'), 'data').map((entry) => ({
        name: dig(entry, 'secretKey'),
        key: text(dig(entry, 'remoteRef', 'key'), 'remoteRef.key'),
      }));
      expect(keys).toContainEqual({
        name: 'REDIS_URL',
        key: '/automation-engine/automation-master/redis/main-url',
      });
      for (const { key } of keys)
        expect(key).toMatch(/^\/automation-engine\/(pro|common|automation-master)\//);
    });

    it('has a Service on port 5000 and a ServiceMonitor scraping /metrics', () => {
      expect(dig(only(manifests, 'Service', name), 'spec', 'ports')).toEqual([
        { name: 'http', port: 5000, targetPort: 'http', protocol: 'TCP' },
      ]);
      expect(
        list(dig(only(manifests, 'ServiceMonitor', name), 'spec', 'endpoints'), 'endpoints')[0],
      ).toMatchObject({
        port: 'http',
        path: '/metrics',
      });
    });
  });

  it('runs NATS as a 3-node JetStream cluster, routed node to node', () => {
    expect(dig(only(manifests, 'StatefulSet', 'nats'), 'spec', 'replicas')).toBe(3);
    const config = text(
      dig(only(manifests, 'ConfigMap', 'nats-config'), 'data', 'nats.conf'),
      'nats.conf',
    );
    expect(config).toContain('jetstream {');
    for (const node of [0, 1, 2])
      expect(config).toContain(`nats://nats-${String(node)}.nats-headless:6222`);
  });

  it('gives the pods the service account infra-as-code binds the workload role to', () => {
    expect(find(manifests, 'ServiceAccount', 'automation-engine')).toBeDefined();
  });

  it('ships the alert rules and dashboards of metrics-dashboard/', () => {
    const rules = only(manifests, 'PrometheusRule', 'automation-engine-rules');
    expect(dig(rules, 'spec', 'groups')).toEqual(
      dig(readYaml('metrics-dashboard/prometheus/rules/automation-engine.rules.yml'), 'groups'),
    );
    const dashboards = manifests.filter(
      ({ kind, object }) =>
        kind === 'ConfigMap' && dig(object, 'metadata', 'labels', 'grafana_dashboard') === '1',
    );
    expect(dashboards.length).toBeGreaterThan(0);
  });

  it('labels every object as part of the engine', () => {
    for (const { kind, name, object } of manifests)
      expect(
        dig(object, 'metadata', 'labels', 'app.kubernetes.io/part-of'),
        `${kind} ${name}`,
      ).toBe('automation-engine');
  });
});

describe('helm/automation-engine - an ephemeral environment deploying a subset', () => {
  const environment = resolveEnvironment('dev/feature/new-thing');
  if (!hasEnvironment(environment)) throw new Error('dev/feature/new-thing has no environment');
  const variables = deployVariables(environment, { pipelineId: '1234' });
  const [kept, ...dropped] = services.map(({ name }) => name);

  // What the deploy job (.gitlab-ci.yml, .deploy-helm) passes, with <SERVICE>_DESIRED_TASKS=0
  // for every service but the first.
  const deployArgs = [
    '--namespace',
    variables['NAMESPACE'] ?? '',
    '--values',
    variables['HELM_VALUES_FILE'] ?? '',
    '--set-string',
    `global.environmentName=${variables['ENVIRONMENT_NAME'] ?? ''}`,
    '--set-string',
    `global.infraEnvironment=${variables['CDK_STACK_NAME'] ?? ''}`,
    ...dropped.flatMap((name) => ['--set', `${name}.enabled=false`]),
  ];

  let deployed: Manifest[] = [];
  let example: Manifest[] = [];
  beforeAll(() => {
    deployed = render(deployArgs);
    example = render(exampleFiles.flatMap((file) => ['--values', file]));
  });

  it('renders nothing for a disabled service', () => {
    for (const name of dropped) expect(objectsOf(deployed, name), name).toEqual([]);
    for (const { name } of services)
      if (serviceSetting(exampleFiles, name, 'enabled') === false)
        expect(objectsOf(example, name), `example: ${name}`).toEqual([]);
  });

  it('renders every enabled service with probes and resources', () => {
    const enabled = [
      ...(kept === undefined ? [] : [{ manifests: deployed, name: kept }]),
      ...services
        .filter(({ name }) => serviceSetting(exampleFiles, name, 'enabled') !== false)
        .map(({ name }) => ({ manifests: example, name })),
    ];
    for (const { manifests, name } of enabled) {
      const deployments = manifests.filter(
        ({ kind, object }) =>
          kind === 'Deployment' &&
          dig(object, 'metadata', 'labels', 'app.kubernetes.io/name') === name,
      );
      expect(deployments.length, `${name}: Deployments`).toBeGreaterThan(0);
      for (const { object } of deployments) {
        const container = dig(object, 'spec', 'template', 'spec', 'containers');
        expect(list(container, 'containers')[0], name).toMatchObject({
          livenessProbe: { httpGet: { path: '/healthz' } },
          readinessProbe: { httpGet: { path: '/readyz' } },
          resources: {
            requests: expect.any(Object) as object,
            limits: expect.any(Object) as object,
          },
        });
      }
    }
  });

  it("names the environment as ci-utils does, and reads that environment's Redis", () => {
    if (kept === undefined) return;
    expect(dig(only(deployed, 'ConfigMap', `${kept}-config`), 'data', 'ENVIRONMENT_NAME')).toBe(
      environment.runtimeEnvironmentName,
    );
    const keys = list(
      dig(only(deployed, 'ExternalSecret', `${kept}-secret`), 'spec', 'data'),
      'data',
    );
    expect(keys).toContainEqual({
      secretKey: 'REDIS_URL',
      remoteRef: { key: `/automation-engine/${environment.environmentName}/redis/main-url` },
    });
    expect(
      find(deployed, 'SecretStore', `${environment.runtimeEnvironmentName}-parameter-store`),
    ).toBeDefined();
  });

  it('runs a single NATS server and leaves the rules and dashboards to production', () => {
    expect(dig(only(deployed, 'StatefulSet', 'nats'), 'spec', 'replicas')).toBe(1);
    expect(deployed.filter(({ kind }) => kind === 'PrometheusRule')).toEqual([]);
    expect(
      deployed.filter(({ object }) => dig(object, 'metadata', 'labels', 'grafana_dashboard')),
    ).toEqual([]);
  });

  it("refuses to render without the environment's ids", () => {
    expect(() => render(['--values', HELM_VALUES_FILES.dev])).toThrow(
      /global.environmentName is not set/,
    );
  });
});
