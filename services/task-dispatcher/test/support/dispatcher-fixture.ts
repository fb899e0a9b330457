import { Redis } from 'ioredis';
import { pino } from 'pino';
import { z } from 'zod';
import { defineEvent, type RequestOf } from '@automation-engine/contracts';
import { bruinTicketChangeWork } from '@automation-engine/contracts/bruin';
import { notificationSlackRequest } from '@automation-engine/contracts/notifications';
import {
  TASK_DISPATCHER_QUEUE,
  ticketForwardEvent,
  type TicketForwardTask,
} from '@automation-engine/contracts/task-dispatcher';
import { connectBus, type Bus } from '@automation-engine/messaging';
import { TicketForwardStore } from '@automation-engine/monitoring';
import { runService, type RunningService } from '@automation-engine/service-kit';
import { freePort, isolatedScope, sharedServers } from '@automation-engine/testing';
import { wireTaskDispatcher, type TaskDispatcherApp } from '../../src/app.js';
import { serviceEnv } from '../../src/config.js';

export const SERVICE = 'service-outage-monitor';

export interface RunningDispatcher {
  service: RunningService<unknown>;
  app: TaskDispatcherApp;
  /** Runs the dispatch now (after the run at start) and resolves when it is over. */
  runOnce(): Promise<void>;
  stop(): Promise<void>;
}

/** A fake bruin-bridge's answer for a ticket: a status, or a handler error (→ 500). */
export type FakeAnswer = { status: number; body?: unknown } | 'throw';

export interface DispatcherFixture {
  scope: string;
  natsUrl: string;
  redisUrl: string;
  redis: Redis;
  /** The forwards store on the fixture's environment, as a monitor would use it. */
  store: TicketForwardStore;
  /** change-work requests the fake bruin-bridge received. */
  requests: RequestOf<typeof bruinTicketChangeWork>[];
  /** Answers by ticket id (default 200). */
  answers: Map<number, FakeAnswer>;
  /** Milliseconds the fake bridge takes per request; its peak of requests in flight. */
  bridgeDelayMs: number;
  readonly bridgePeak: number;
  successes: TicketForwardTask[];
  errors: TicketForwardTask[];
  /** The success events' whole JSON, read bare whatever it holds (an envelope would show). */
  rawSuccesses: unknown[];
  slack: string[];
  startDispatcher(env?: Record<string, string>): Promise<RunningDispatcher>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One isolated scope on the shared NATS and Redis: a fake bruin-bridge served on the bus, a
 * monitor-side listener of the result events (queue `task_dispatcher`) and of Slack, and the
 * forwards store; task-dispatchers are started in-process through `runService` and app.ts.
 */
export async function startDispatcherFixture(
  options: { fakeBridge?: boolean } = {},
): Promise<DispatcherFixture> {
  const scope = isolatedScope('td');
  const { natsUrl, redisUrl } = sharedServers();
  const quiet = pino({ level: 'silent' });
  const open = (name: string) =>
    connectBus({ servers: natsUrl, name, redis: redisUrl, logger: quiet, subjectPrefix: scope });
  const bridge: Bus = await open('fake-bruin-bridge');
  const monitor: Bus = await open('monitor');
  const redis = new Redis(redisUrl);
  const running: RunningDispatcher[] = [];
  let inFlight = 0;
  let peak = 0;

  const fixture: DispatcherFixture = {
    scope,
    natsUrl,
    redisUrl,
    redis,
    store: new TicketForwardStore({ redis, environment: scope }),
    requests: [],
    answers: new Map(),
    bridgeDelayMs: 0,
    get bridgePeak() {
      return peak;
    },
    successes: [],
    errors: [],
    rawSuccesses: [],
    slack: [],
    async startDispatcher(env = {}) {
      let app: TaskDispatcherApp | undefined;
      const service = await runService(
        {
          name: 'task-dispatcher',
          env: serviceEnv,
          start: (kit) => {
            app = wireTaskDispatcher(kit);
          },
        },
        {
          env: {
            NATS_URL: natsUrl,
            REDIS_URL: redisUrl,
            NATS_SUBJECT_PREFIX: scope,
            ENVIRONMENT_NAME: scope,
            LOG_LEVEL: process.env['DISPATCHER_LOG_LEVEL'] ?? 'silent',
            HTTP_PORT: String(await freePort()),
            HTTP_HOST: '127.0.0.1',
            DISPATCH_INTERVAL_SECONDS: '3600',
            ...env,
          },
          handleSignals: false,
        },
      );
      const started = app!;
      const idle = async () => {
        while (started.job.lastRun === undefined || started.job.running) await delay(10);
      };
      const dispatcher: RunningDispatcher = {
        service,
        app: started,
        async runOnce() {
          await idle();
          const outcome = await started.job.runNow();
          if (outcome === 'skipped') throw new Error('the dispatch run was skipped');
        },
        async stop() {
          running.splice(running.indexOf(dispatcher), 1);
          await service.stop();
        },
      };
      running.push(dispatcher);
      await idle();
      return dispatcher;
    },
    async reset() {
      const keys = await redis.keys(`${scope}-*`);
      if (keys.length > 0) await redis.del(...keys);
      for (const list of [
        fixture.requests,
        fixture.successes,
        fixture.errors,
        fixture.rawSuccesses,
        fixture.slack,
      ]) {
        list.length = 0;
      }
      fixture.answers.clear();
      fixture.bridgeDelayMs = 0;
      peak = 0;
    },
    async close() {
      await Promise.all([...running].map((dispatcher) => dispatcher.stop()));
      await Promise.all([bridge.drain(), monitor.drain()]);
      await redis.quit();
    },
  };

  if (options.fakeBridge ?? true) {
    bridge.serve(bruinTicketChangeWork, async (body) => {
      fixture.requests.push(body);
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      try {
        if (fixture.bridgeDelayMs > 0) await delay(fixture.bridgeDelayMs);
        const answer = fixture.answers.get(Number(body.ticket_id)) ?? { status: 200 };
        if (answer === 'throw') throw new Error('bridge broke');
        return { status: answer.status, body: answer.body ?? 'OK' };
      } finally {
        inFlight -= 1;
      }
    });
  }
  const inQueue = { queue: TASK_DISPATCHER_QUEUE };
  monitor.subscribe(
    ticketForwardEvent(SERVICE, 'success'),
    (task) => void fixture.successes.push(task),
    inQueue,
  );
  monitor.subscribe(
    ticketForwardEvent(SERVICE, 'error'),
    (task) => void fixture.errors.push(task),
    inQueue,
  );
  monitor.subscribe(notificationSlackRequest, (payload) => {
    const { message } = payload;
    fixture.slack.push(typeof message === 'string' ? message : JSON.stringify(message));
  });
  // What the original monitors read: the message's whole JSON, whatever its shape.
  const wholeMessage = defineEvent({
    subject: `task_dispatcher.${SERVICE}.ticket_forwards.success`,
    payload: z.unknown(),
    envelope: false,
  });
  monitor.subscribe(wholeMessage, (value) => void fixture.rawSuccesses.push(value));
  await Promise.all([bridge.flush(), monitor.flush()]);
  return fixture;
}
