import { Redis } from 'ioredis';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import { notificationSlackRequest } from '@automation-engine/contracts/notifications';
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
  type Decision,
  type WriteMode,
} from '@automation-engine/monitoring';
import {
  labControlClient,
  startLab,
  type LabControl,
  type RunningLab,
  type StartLabOptions,
} from '@automation-engine/simulators';
import {
  freePort,
  isolatedScope,
  sharedServers,
  startServiceProcess,
  type ServiceProcess,
  waitFor,
} from '@automation-engine/testing';
import {
  OUTAGE_METRIC_LABELS,
  type OutageDeps,
  type OutageMetrics,
  type OutageSettings,
} from '../../src/model.js';
import { prodSettings } from './builders.js';

/** A decision log that also keeps what it recorded, for assertions. */
export class RecordingDecisionLog extends DecisionLog {
  readonly recorded: Decision[] = [];

  override record(decision: Decision): void {
    this.recorded.push({ ...decision, outcome: decision.outcome ?? 'done' });
    super.record(decision);
  }

  of(serial: string): Decision[] {
    return this.recorded.filter((decision) => decision.serial === serial);
  }
}

export interface OutageTestDeps {
  deps: OutageDeps;
  decisions: RecordingDecisionLog;
  metrics: OutageMetrics;
  registry: Registry;
}

export interface OutageFixture {
  lab: RunningLab;
  control: LabControl;
  scope: string;
  hosts: string[];
  /** The first of `hosts`: the one SOM monitors and triages. */
  host: string;
  bridges: ServiceProcess[];
  /** The test's bus on the scope (also what the in-process SOM calls bridges with). */
  caller: Bus;
  redis: Redis;
  /** Slack messages SOM published on the bus, oldest first. */
  slack: string[];
  /** Slack texts the lab's webhook received (through notifications-bridge), newest first. */
  slackPosted(contains: string): Promise<string[]>;
  /** The customer cache of every host, once built. */
  cache: CustomerCacheEntry[];
  common: Record<string, string>;
  /** In-process SOM dependencies on the fixture's bus and Redis. */
  makeDeps(spec?: {
    mode?: WriteMode;
    settings?: Partial<OutageSettings>;
    now?: () => Date;
  }): OutageTestDeps;
  close(): Promise<void>;
}

/** The one-host fleet the note, triage and auto-resolve tests were written against. */
export const ONE_HOST_LAB: StartLabOptions = { seed: 41, edges: 30, hosts: 1 };

/** A service's last lines, without the customer cache's 202 answers to the poll above. */
function lastLines(service: ServiceProcess): string {
  return service.lines
    .filter((line) => !line.text.includes('still being built'))
    .map((line) => line.text)
    .join('\n')
    .slice(-6_000);
}

/**
 * The lab and the real velocloud-, bruin-, digi- and notifications-bridge and customer-cache as
 * child processes on one isolated scope, with the customer cache of every host built; SOM's
 * dependencies are made in-process on the same bus and Redis (`makeDeps`). `lab` picks the fleet
 * (seed, edges, hosts): tests were written against the fleet they pass.
 */
export async function startOutageFixture(
  options: { lab?: StartLabOptions } = {},
): Promise<OutageFixture> {
  const lab = await startLab({ seed: 31, edges: 40, hosts: 2, ...options.lab });
  const hosts = Object.keys(lab.urls.vco);
  const host = hosts[0] ?? 'mettel.velocloud.net';
  const scope = isolatedScope('som');
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
  // allSettled: a bridge that fails to start must not leave the others running unowned.
  const results = await Promise.allSettled([
    start('velocloud-bridge', {
      VELOCLOUD_CREDENTIALS: hosts.map((vco) => `${vco}+lab-operator+lab-password`).join(';'),
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
    start('digi-bridge', {
      DIGI_BASE_URL: lab.urls.digi ?? '',
      DIGI_CLIENT_ID: 'lab-digi',
      DIGI_CLIENT_SECRET: 'lab-secret',
      DIGI_RETRIES: '0',
    }),
    start('notifications-bridge', {
      SLACK_WEBHOOK: lab.urls.slack ?? '',
      EMAIL_SMTP_URL: lab.urls.email ?? '',
      EMAIL_SMTP_TLS_VERIFY: 'false',
      EMAIL_ACCOUNT_FOR_MESSAGE_DELIVERY_USERNAME: 'automation@lab.example',
      SLACK_RETRIES: '0',
    }),
    start('customer-cache', {
      VELOCLOUD_HOSTS: JSON.stringify(hosts),
      REFRESH_CHECK_INTERVAL: '3600',
      // The bridges start alongside: a first refresh that finds them not ready is retried at once.
      REFRESH_RETRY_MIN_SECONDS: '1',
      REFRESH_RETRY_MAX_SECONDS: '1',
    }),
  ]);
  const failed = results.find((result) => result.status === 'rejected');
  if (failed !== undefined) {
    await Promise.all(bridges.map((bridge) => bridge.stop()));
    await lab.close();
    throw failed.reason;
  }
  const caller = await connectBus({
    servers: natsUrl,
    name: 'som-test',
    redis: redisUrl,
    logger: pino({ level: 'silent' }),
    subjectPrefix: scope,
  });
  const redis = new Redis(redisUrl);
  const slack: string[] = [];
  caller.subscribe(notificationSlackRequest, (payload) => {
    slack.push(
      typeof payload.message === 'string' ? payload.message : JSON.stringify(payload.message),
    );
  });
  await caller.flush();
  let lastReply: unknown;
  const cache = await waitFor(
    'the customer cache',
    async () => {
      const reply = await caller
        .request(customerCacheGet, { filter: {} })
        .catch((error: unknown) => ({ ok: false, status: null, body: String(error) }));
      lastReply = reply;
      return reply.ok && reply.status === 200 && Array.isArray(reply.body) && reply.body.length > 0
        ? reply.body
        : undefined;
    },
    // Generous: in CI this runs beside the acceptance suite's whole engine on two cores.
    { timeoutMs: 100_000 },
  ).catch(async (error: unknown) => {
    await caller.drain();
    await redis.quit();
    await Promise.all(bridges.map((bridge) => bridge.stop()));
    await lab.close();
    throw new Error(
      `${String(error)}; last reply ${JSON.stringify(lastReply).slice(0, 500)}; ` +
        bridges.map((bridge) => `${bridge.name}: ${lastLines(bridge)}`).join('\n'),
    );
  });
  const control = labControlClient(lab.urls.control);
  const logger = pino({ level: process.env['SOM_LOG_LEVEL'] ?? 'silent' });
  return {
    lab,
    control,
    scope,
    hosts,
    host,
    bridges,
    caller,
    redis,
    slack,
    async slackPosted(contains) {
      const answer = await control<{ messages: { text: string }[] }>(
        'GET',
        `/slack/messages?contains=${encodeURIComponent(contains)}`,
      );
      return answer.messages.map((message) => message.text);
    },
    cache,
    common,
    makeDeps(spec = {}) {
      const notifier = new Notifier({ bus: caller, logger });
      const reporter = new BridgeFailureReporter({ logger, notifier, environment: scope });
      const decisions = new RecordingDecisionLog({ logger, mode: spec.mode ?? 'live' });
      const registry = new Registry();
      const metrics = taskMetrics(registry, OUTAGE_METRIC_LABELS);
      const deps: OutageDeps = {
        bridges: new BridgeCaller({ bus: caller, reporter }),
        notifier,
        decisions,
        forwards: new TicketForwardStore({ redis, environment: scope }),
        metrics,
        logger,
        now: spec.now ?? (() => new Date()),
        settings: prodSettings({
          environment: scope,
          host,
          // Short enough that a cycle test sees the recheck after quarantine.
          quarantineSeconds: {
            'Link Down (no HA)': 1,
            'Hard Down (no HA)': 1,
            'Link Down (HA)': 1,
            'Soft Down (HA)': 1,
            'Hard Down (HA)': 1,
          },
          triage: { hosts: [host], lastNoteIntervalMinutes: 60, maxEventsPerNote: 15 },
          ...spec.settings,
        }),
      };
      return { deps, decisions, metrics, registry };
    },
    async close() {
      await caller.drain();
      await redis.quit();
      await Promise.all(bridges.map((bridge) => bridge.stop()));
      await lab.close();
    },
  };
}
