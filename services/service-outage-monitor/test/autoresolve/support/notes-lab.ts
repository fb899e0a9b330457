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
  type Decision,
  type WriteMode,
} from '@automation-engine/monitoring';
import {
  labControlClient,
  startLab,
  type LabControl,
  type RunningLab,
} from '@automation-engine/simulators';
import { freePort, isolatedScope, sharedServers } from '@automation-engine/testing';
import {
  startBridgeProcess,
  type BridgeProcess,
} from '../../../../customer-cache/test/support/bridge-process.js';
import {
  OUTAGE_METRIC_LABELS,
  type OutageDeps,
  type OutageMetrics,
  type OutageSettings,
} from '../../../src/model.js';
import { prodSettings } from '../../support/builders.js';

/** A decision log that keeps what it recorded, for assertions. */
export class KeptDecisions extends DecisionLog {
  readonly kept: Decision[] = [];

  override record(decision: Decision): void {
    this.kept.push({ ...decision, outcome: decision.outcome ?? 'done' });
    super.record(decision);
  }
}

export interface NotesDeps {
  deps: OutageDeps;
  decisions: KeptDecisions;
  metrics: OutageMetrics;
  registry: Registry;
}

export interface NotesLab {
  lab: RunningLab;
  control: LabControl;
  scope: string;
  host: string;
  caller: Bus;
  redis: Redis;
  cache: CustomerCacheEntry[];
  deps(spec?: {
    mode?: WriteMode;
    settings?: Partial<OutageSettings>;
    now?: () => Date;
  }): NotesDeps;
  /** Slack texts the lab's webhook received, newest first. */
  slack(contains: string): Promise<string[]>;
  close(): Promise<void>;
}

export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not happen in time`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The lab, the real velocloud-, bruin- and notifications-bridge and customer-cache as child
 * processes on one isolated scope, with the cache of the lab's host built; SOM's dependencies are
 * made in-process on the same bus and Redis.
 */
export async function startNotesLab(): Promise<NotesLab> {
  const lab = await startLab({ seed: 41, edges: 30, hosts: 1 });
  const host = Object.keys(lab.urls.vco)[0] ?? 'mettel.velocloud.net';
  const scope = isolatedScope('somn');
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
    const bridge = await startBridgeProcess({
      name,
      port: await freePort(),
      env: { ...common, ...env },
    });
    bridges.push(bridge);
  };
  const { slack, email } = lab.urls;
  if (slack === undefined || email === undefined) {
    await lab.close();
    throw new Error('the lab has no Slack or SMTP simulator');
  }
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
        SLACK_WEBHOOK: slack,
        EMAIL_SMTP_URL: email,
        EMAIL_SMTP_TLS_VERIFY: 'false',
        EMAIL_ACCOUNT_FOR_MESSAGE_DELIVERY_USERNAME: 'automation@lab.example',
        SLACK_RETRIES: '0',
      }),
    ]);
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
  const caller = await connectBus({
    servers: natsUrl,
    name: 'som-notes-test',
    redis: redisUrl,
    logger: pino({ level: 'silent' }),
    subjectPrefix: scope,
  });
  const cache = await waitFor(
    'the customer cache',
    async () => {
      const reply = await caller
        .request(customerCacheGet, { filter: { [host]: [] } })
        .catch(() => undefined);
      return reply?.ok === true && Array.isArray(reply.body) && reply.body.length > 0
        ? reply.body
        : undefined;
    },
    45_000,
  ).catch(async (error: unknown) => {
    await caller.drain();
    await stopAll();
    throw error;
  });
  const redis = new Redis(redisUrl);
  const control = labControlClient(lab.urls.control);
  const logger = pino({ level: process.env['SOM_LOG_LEVEL'] ?? 'silent' });

  return {
    lab,
    control,
    scope,
    host,
    caller,
    redis,
    cache,
    deps(spec = {}) {
      const notifier = new Notifier({ bus: caller, logger });
      const reporter = new BridgeFailureReporter({ logger, notifier, environment: scope });
      const decisions = new KeptDecisions({ logger, mode: spec.mode ?? 'live' });
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
          triage: { hosts: [host], lastNoteIntervalMinutes: 60, maxEventsPerNote: 15 },
          ...spec.settings,
        }),
      };
      return { deps, decisions, metrics, registry };
    },
    async slack(contains) {
      const answer = await control<{ messages: { text: string }[] }>(
        'GET',
        `/slack/messages?contains=${encodeURIComponent(contains)}`,
      );
      return answer.messages.map((message) => message.text);
    },
    async close() {
      await caller.drain();
      await redis.quit();
      await stopAll();
    },
  };
}
