import { Redis } from 'ioredis';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import {
  customerCacheGet,
  type CustomerCacheEntry,
} from '@automation-engine/contracts/customer-cache';
import { connectBus, type Bus } from '@automation-engine/messaging';
import {
  BridgeCaller,
  BridgeFailureReporter,
  DecisionLog,
  Notifier,
  taskMetrics,
  TicketForwardStore,
  type WriteMode,
} from '@automation-engine/monitoring';
import { runService, type RunningService } from '@automation-engine/service-kit';
import {
  labControlClient,
  startLab,
  type LabControl,
  type RunningLab,
  type StartLabOptions,
} from '@automation-engine/simulators';
import {
  captureStream,
  freePort,
  isolatedScope,
  sharedServers,
  startServiceProcess,
  type ServiceProcess,
  type LogLine,
  waitFor,
} from '@automation-engine/testing';
import { wireAffectingMonitor, type AffectingMonitorApp } from '../../src/app.js';
import { serviceEnv } from '../../src/config.js';
import {
  AFFECTING_METRIC_LABELS,
  type AffectingDeps,
  type AffectingSettings,
} from '../../src/model.js';
import { settings as sampleSettings, WIRED_THRESHOLDS, WIRELESS_LOOKUP } from './samples.js';

/** What one test built: the deps, their registry and the decisions they logged. */
export interface BuiltDeps {
  deps: AffectingDeps;
  registry: Registry;
  forwards: TicketForwardStore;
  /** `decision` fields of every decision line logged so far. */
  decisions(): Record<string, unknown>[];
}

export interface AffectingFixture {
  lab: RunningLab;
  control: LabControl;
  scope: string;
  host: string;
  bridges: ServiceProcess[];
  caller: Bus;
  redis: Redis;
  /** The cache of the monitored host, once customer-cache has built it. */
  cache: CustomerCacheEntry[];
  /** Starts SAM (through app.ts) on the fixture's scope; its first cycle runs at start. */
  startMonitor(env?: Record<string, string>): Promise<RunningMonitor>;
  /** SAM's deps, in-process on the fixture's bus, in `mode`, with `settings` overridden. */
  buildDeps(spec: {
    mode: WriteMode;
    settings?: Partial<AffectingSettings>;
    now?: () => Date;
  }): BuiltDeps;
  close(): Promise<void>;
}

export interface RunningMonitor {
  service: RunningService<unknown>;
  app: AffectingMonitorApp;
  /** Waits for the cycle in flight (the one at start), then runs one more and waits for it. */
  cycle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The lab, the real velocloud-, bruin- and notifications-bridge and customer-cache as child
 * processes on one isolated scope, and the customer cache of the first host once built. SAM runs
 * either whole (`startMonitor`) or in parts, in-process, on deps from `buildDeps`. `lab` picks the
 * fleet (seed, edges): tests were written against the fleet they pass.
 */
export async function startAffectingFixture(
  options: { lab?: StartLabOptions } = {},
): Promise<AffectingFixture> {
  const lab = await startLab({ seed: 23, edges: 40, hosts: 1, ...options.lab });
  const host = Object.keys(lab.urls.vco)[0] ?? 'mettel.velocloud.net';
  const scope = isolatedScope('sam');
  const { natsUrl, redisUrl } = sharedServers();
  const common = {
    NATS_URL: natsUrl,
    REDIS_URL: redisUrl,
    NATS_SUBJECT_PREFIX: scope,
    ENVIRONMENT_NAME: scope,
    LOG_LEVEL: process.env['BRIDGE_LOG_LEVEL'] ?? 'warn',
  };
  const bridges: ServiceProcess[] = [];
  const start = async (name: string, env: Record<string, string>) => {
    const bridge = await startServiceProcess({
      name,
      port: await freePort(),
      env: { ...common, ...env },
    });
    bridges.push(bridge);
  };
  try {
    await Promise.all([
      start('velocloud-bridge', {
        VELOCLOUD_CREDENTIALS: `${host}+lab-operator+lab-password`,
        VELOCLOUD_BASE_URLS: JSON.stringify(lab.urls.vco),
        VELOCLOUD_HTTP_RETRIES: '0',
      }),
      start('bruin-bridge', {
        BRUIN_BASE_URL: lab.urls.bruin,
        BRUIN_CLIENT_ID: 'lab-client',
        BRUIN_CLIENT_SECRET: 'lab-secret',
        IPA_SYSTEM_USERNAME_IN_BRUIN: 'Intelygenz Ai',
        BRUIN_RETRIES: '0',
      }),
      start('notifications-bridge', {
        SLACK_WEBHOOK: lab.urls.slack ?? '',
        EMAIL_SMTP_URL: lab.urls.email ?? '',
        EMAIL_SMTP_TLS_VERIFY: 'false',
        EMAIL_ACCOUNT_FOR_MESSAGE_DELIVERY_USERNAME: 'automation@lab.example',
        SLACK_RETRIES: '0',
      }),
    ]);
    // After the bridges it reads, so that its refresh at start finds them.
    await start('customer-cache', {
      VELOCLOUD_HOSTS: JSON.stringify([host]),
      REFRESH_CHECK_INTERVAL: '3600',
      REFRESH_RETRY_MIN_SECONDS: '1',
      REFRESH_RETRY_MAX_SECONDS: '2',
    });
  } catch (error) {
    await Promise.all(bridges.map((bridge) => bridge.stop()));
    await lab.close();
    throw error;
  }
  const caller = await connectBus({
    servers: natsUrl,
    name: 'sam-test',
    redis: redisUrl,
    logger: pino({ level: 'silent' }),
    subjectPrefix: scope,
  });
  const redis = new Redis(redisUrl);
  let lastReply: unknown;
  const cache = await waitFor(
    'the customer cache',
    async () => {
      const reply = await caller
        .request(customerCacheGet, { filter: { [host]: [] } })
        .catch((error: unknown) => ({ ok: false, status: null, body: String(error) }) as const);
      lastReply = reply;
      return reply.ok && reply.status === 200 && Array.isArray(reply.body) && reply.body.length > 0
        ? reply.body
        : undefined;
    },
    // Generous: in CI this runs beside the acceptance suite's whole engine on two cores.
    { timeoutMs: 100_000 },
  ).catch(async (error: unknown) => {
    const output = bridges.map((b) => `--- ${b.name}\n${b.output().slice(-3000)}`).join('\n');
    await caller.drain();
    await redis.quit();
    await Promise.all(bridges.map((bridge) => bridge.stop()));
    await lab.close();
    throw new Error(
      `${String(error)}; last reply ${JSON.stringify(lastReply).slice(0, 500)}\n${output}`,
    );
  });
  const running: RunningMonitor[] = [];
  return {
    lab,
    control: labControlClient(lab.urls.control),
    scope,
    host,
    bridges,
    caller,
    redis,
    cache,
    async startMonitor(env = {}) {
      let app: AffectingMonitorApp | undefined;
      const service = await runService(
        {
          name: 'service-affecting-monitor',
          env: serviceEnv,
          start: (kit) => {
            app = wireAffectingMonitor(kit);
          },
        },
        {
          env: {
            ...common,
            LOG_LEVEL: process.env['SAM_LOG_LEVEL'] ?? 'silent',
            HTTP_PORT: String(await freePort()),
            HTTP_HOST: '127.0.0.1',
            MONITORED_VELOCLOUD_HOST: host,
            MONITORING__MONITORING_JOB_INTERVAL: '86400',
            MONITORING__DEFAULT_CONTACT_INFO_PER_CUSTOMER: JSON.stringify({
              [host]: { '*': [{ email: 'noc@lab.example', name: 'Lab NOC', type: 'ticket' }] },
            }),
            REPORTS_DIR: `/tmp/${scope}-reports`,
            ...env,
          },
          handleSignals: false,
        },
      );
      const started = app;
      if (started === undefined) throw new Error('SAM was not wired');
      const monitor: RunningMonitor = {
        service,
        app: started,
        async cycle() {
          const job = started.monitoring;
          await waitFor('the cycle at start', () => Promise.resolve(job.lastRun ?? undefined), {
            timeoutMs: 45_000,
          });
          const outcome = await job.runNow();
          if (outcome !== 'succeeded') throw new Error(`the cycle ended ${outcome}`);
        },
        async stop() {
          running.splice(running.indexOf(monitor), 1);
          await service.stop();
        },
      };
      running.push(monitor);
      return monitor;
    },
    buildDeps({ mode, settings = {}, now = () => new Date() }) {
      const captured = captureStream();
      const logger = pino({ level: 'debug' }, captured.stream);
      const notifier = new Notifier({
        bus: caller,
        logger,
        slackPrefix: '[service-affecting-monitor] ',
      });
      const reporter = new BridgeFailureReporter({ logger, notifier, environment: scope });
      const registry = new Registry();
      const forwards = new TicketForwardStore({ redis, environment: scope });
      const deps: AffectingDeps = {
        bridges: new BridgeCaller({ bus: caller, reporter }),
        notifier,
        decisions: new DecisionLog({ logger, mode }),
        forwards,
        metrics: taskMetrics(registry, AFFECTING_METRIC_LABELS),
        logger,
        now,
        // The samples' settings, changed where the lab tests were written against others.
        settings: sampleSettings({
          environment: scope,
          host,
          wireless: { thresholds: WIRED_THRESHOLDS, lookupMinutes: WIRELESS_LOOKUP },
          defaultContacts: {},
          customersAlwaysUsingDefaultContacts: [],
          customersWithBandwidthDisabled: [],
          hnocBlacklistedLabels: ['byob', 'customer owned', 'client owned'],
          asrBlacklistedLabels: ['byob', 'piab'],
          umbrellaHosts: {},
          relevantClients: [],
          concurrency: 5,
          ...settings,
        }),
      };
      return {
        deps,
        registry,
        forwards,
        decisions: () =>
          captured
            .lines()
            .map((line: LogLine) => line['decision'])
            .filter(
              (decision): decision is Record<string, unknown> =>
                typeof decision === 'object' && decision !== null,
            ),
      };
    },
    async close() {
      await Promise.all([...running].map((monitor) => monitor.stop()));
      await caller.drain();
      await redis.quit();
      await Promise.all(bridges.map((bridge) => bridge.stop()));
      await lab.close();
    },
  };
}
