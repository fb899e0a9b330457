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
import {
  labControlClient,
  startLab,
  type LabControl,
  type RunningLab,
} from '@automation-engine/simulators';
import {
  captureStream,
  freePort,
  isolatedScope,
  sharedServers,
  type LogLine,
} from '@automation-engine/testing';
import {
  startBridgeProcess,
  type BridgeProcess,
} from '../../../../customer-cache/test/support/bridge-process.js';
import {
  AFFECTING_METRIC_LABELS,
  type AffectingDeps,
  type AffectingSettings,
} from '../../../src/model.js';

/** What one test built: the deps, their registry and the decisions they logged. */
export interface BuiltDeps {
  deps: AffectingDeps;
  registry: Registry;
  forwards: TicketForwardStore;
  /** `decision` fields of every decision line logged so far. */
  decisions(): Record<string, unknown>[];
}

export interface SamLabFixture {
  lab: RunningLab;
  control: LabControl;
  scope: string;
  host: string;
  cache: CustomerCacheEntry[];
  bridges: BridgeProcess[];
  redis: Redis;
  /** SAM's deps on the fixture's bus, in `mode`, with settings overridden by `settings`. */
  build(spec: {
    mode: WriteMode;
    settings?: Partial<AffectingSettings>;
    now?: () => Date;
  }): BuiltDeps;
  close(): Promise<void>;
}

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not happen in time`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const thresholds = {
  latencyMs: 140,
  packetLoss: 8,
  jitterMs: 50,
  bandwidthPct: 80,
  circuitInstabilityEvents: 10,
};
const lookup = { latency: 30, packetLoss: 30, jitter: 30, bandwidth: 30, circuitInstability: 60 };

/**
 * The lab, the real velocloud-, bruin- and notifications-bridge and customer-cache as child
 * processes on one isolated scope, and the built customer cache of the lab's host. SAM's parts
 * under test run in-process on deps built by `build`.
 */
export async function startSamLabFixture(spec: {
  seed: number;
  edges?: number;
}): Promise<SamLabFixture> {
  const lab = await startLab({ seed: spec.seed, edges: spec.edges ?? 30, hosts: 1 });
  const host = Object.keys(lab.urls.vco)[0] ?? 'mettel.velocloud.net';
  const scope = isolatedScope('samrr');
  const { natsUrl, redisUrl } = sharedServers();
  const common = {
    NATS_URL: natsUrl,
    REDIS_URL: redisUrl,
    NATS_SUBJECT_PREFIX: scope,
    ENVIRONMENT_NAME: scope,
    LOG_LEVEL: process.env['BRIDGE_LOG_LEVEL'] ?? 'warn',
  };
  const bridges: BridgeProcess[] = [];
  const start = async (name: string, env: Record<string, string>) => {
    bridges.push(
      await startBridgeProcess({ name, port: await freePort(), env: { ...common, ...env } }),
    );
  };
  const stopAll = async () => {
    await Promise.all(bridges.map((bridge) => bridge.stop()));
    await lab.close();
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
    await stopAll();
    throw error;
  }
  const caller: Bus = await connectBus({
    servers: natsUrl,
    name: 'sam-resolve-reports-test',
    redis: redisUrl,
    logger: pino({ level: 'silent' }),
    subjectPrefix: scope,
  });
  const redis = new Redis(redisUrl);
  let cache: CustomerCacheEntry[];
  try {
    cache = await waitFor(
      'the customer cache',
      async () => {
        const reply = await caller
          .request(customerCacheGet, { filter: { [host]: [] } })
          .catch(() => null);
        return reply?.ok === true &&
          reply.status === 200 &&
          Array.isArray(reply.body) &&
          reply.body.length > 0
          ? reply.body
          : undefined;
      },
      60_000,
    );
  } catch (error) {
    await caller.drain();
    await redis.quit();
    await stopAll();
    throw new Error(
      `${String(error)}\n${bridges.map((b) => `--- ${b.name}\n${b.output().slice(-2000)}`).join('\n')}`,
    );
  }

  return {
    lab,
    control: labControlClient(lab.urls.control),
    scope,
    host,
    cache,
    bridges,
    redis,
    build({ mode, settings = {}, now = () => new Date() }) {
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
        settings: {
          environment: scope,
          host,
          wired: { thresholds, lookupMinutes: lookup },
          wireless: {
            thresholds,
            lookupMinutes: { ...lookup, latency: 90, packetLoss: 90, jitter: 90, bandwidth: 90 },
          },
          autoresolveLookupMinutes: 20,
          circuitInstabilityAutoresolveThreshold: 4,
          grace: { dayStartHour: 8, dayEndHour: 0, daySeconds: 5_400, nightSeconds: 10_800 },
          maxAutoresolvesPerTicket: 3,
          milestoneReminderWaitSeconds: 86_400,
          defaultContacts: {},
          customersAlwaysUsingDefaultContacts: [],
          customersWithBandwidthDisabled: [],
          hnocBlacklistedLabels: ['byob', 'customer owned', 'client owned'],
          asrBlacklistedLabels: ['byob', 'piab'],
          umbrellaHosts: {},
          relevantClients: [],
          ipaSystemUsername: 'Intelygenz Ai',
          productCategory: 'SD-WAN',
          timezone: 'US/Eastern',
          concurrency: 5,
          ...settings,
        },
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
      await caller.drain();
      await redis.quit();
      await stopAll();
    },
  };
}

/** Waits until `probe` gives a value (lab state settles asynchronously through the bridges). */
export { waitFor };
