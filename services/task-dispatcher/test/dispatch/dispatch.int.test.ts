import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TicketForwardTaskInput } from '@automation-engine/contracts/task-dispatcher';
import { hnocForwardKey, workerForwardKey } from '@automation-engine/monitoring';
import { captureLogger, LEVEL, metricValue } from '@automation-engine/testing';
import { dispatchDueTasks } from '../../src/dispatch/dispatch-due-tasks.js';
import {
  SERVICE,
  startDispatcherFixture,
  type DispatcherFixture,
  type RunningDispatcher,
} from '../support/dispatcher-fixture.js';

const TTL = 600;
let fx: DispatcherFixture;
let dispatcher: RunningDispatcher;

beforeAll(async () => {
  fx = await startDispatcherFixture();
  dispatcher = await fx.startDispatcher({ DISPATCH_TTL_SECONDS: String(TTL) });
});
afterAll(async () => {
  await fx.close();
});
beforeEach(async () => {
  await fx.reset();
});

const secondsAgo = (seconds: number) => new Date(Date.now() - seconds * 1000);

function hnocTask(ticketId: number, serial = `VC${String(ticketId)}`): TicketForwardTaskInput {
  return {
    service: SERVICE,
    ticket_id: ticketId,
    serial_number: serial,
    target_queue: 'HNOC Investigate',
    metrics_labels: { client: 'RSI', outage_type: 'Hard Down (no HA)' },
  };
}

async function schedule(task: TicketForwardTaskInput, dueAt: Date): Promise<string> {
  const key = hnocForwardKey(task.ticket_id, task.serial_number ?? '');
  await fx.store.schedule({ key, dueAt, data: task });
  return key;
}

const tasksTotal = (outcome: string) =>
  metricValue(dispatcher.service.kit.registry, 'task_dispatcher_tasks_total', {
    service: SERVICE,
    outcome,
  }).then((value) => value ?? 0);

describe('task-dispatcher - dispatching due forwards', () => {
  it('forwards a due task through bruin.ticket.change.work, clears it and publishes success bare', async () => {
    const before = await tasksTotal('dispatched');
    const key = await schedule(hnocTask(1001), secondsAgo(5));
    await dispatcher.runOnce();
    expect(fx.requests).toEqual([
      { ticket_id: 1001, queue_name: 'HNOC Investigate', service_number: 'VC1001' },
    ]);
    expect(await fx.store.dueAtOf(key)).toBeNull();
    expect(await fx.store.dataOf(key)).toBeNull();
    const published = { ...hnocTask(1001) };
    await expect.poll(() => fx.successes).toEqual([published]);
    await expect.poll(() => fx.rawSuccesses).toEqual([published]);
    expect(fx.errors).toEqual([]);
    expect(await tasksTotal('dispatched')).toBe(before + 1);
    await expect
      .poll(() => fx.slack)
      .toEqual(['Work queue of ticket 1001, serial VC1001 changed to HNOC Investigate']);
  });

  it('forwards a worker task with its detail and work queue id', async () => {
    const task = {
      service: SERVICE,
      ticket_id: 1002,
      serial_number: 'VC1002',
      detail_id: 55,
      work_queue_id: 1547,
      target_queue: 'Dedicated Worker Queue',
    };
    const key = workerForwardKey(1002, 'VC1002', 55);
    await fx.store.schedule({ key, dueAt: secondsAgo(1), data: task });
    await dispatcher.runOnce();
    expect(fx.requests).toEqual([
      {
        ticket_id: 1002,
        queue_name: 'Dedicated Worker Queue',
        service_number: 'VC1002',
        detail_id: 55,
        work_queue_id: 1547,
      },
    ]);
    await expect.poll(() => fx.successes.map((t) => t.ticket_id)).toEqual([1002]);
    expect(await fx.store.dueAtOf(key)).toBeNull();
  });

  it('leaves a task that is not due yet for a later run', async () => {
    const key = await schedule(hnocTask(1003), new Date(Date.now() + 60_000));
    await dispatcher.runOnce();
    expect(fx.requests).toEqual([]);
    expect(await fx.store.dataOf(key)).not.toBeNull();
    expect(await metricValue(dispatcher.service.kit.registry, 'task_dispatcher_due_tasks')).toBe(0);
  });

  it('keeps a failed task for the next run while it is younger than the TTL, and reports it', async () => {
    const before = await tasksTotal('retrying');
    fx.answers.set(1004, { status: 500, body: 'Bruin is down' });
    const key = await schedule(hnocTask(1004), secondsAgo(TTL - 60));
    await dispatcher.runOnce();
    expect(fx.requests).toHaveLength(1);
    expect(await fx.store.dataOf(key)).not.toBeNull();
    expect(await tasksTotal('retrying')).toBe(before + 1);
    await expect
      .poll(() => fx.slack)
      .toEqual([
        `Error while changing work queue of ticket 1004, serial VC1004 to HNOC Investigate in ${fx.scope.toUpperCase()} environment: Error 500 - Bruin is down`,
      ]);
    expect(fx.successes).toEqual([]);
    expect(fx.errors).toEqual([]);

    fx.answers.delete(1004);
    await dispatcher.runOnce();
    expect(await fx.store.dataOf(key)).toBeNull();
    await expect.poll(() => fx.successes.map((t) => t.ticket_id)).toEqual([1004]);
  });

  it('treats Bruin 400 "already in that queue" as a failure, as the original', async () => {
    fx.answers.set(1005, {
      status: 400,
      body: 'Ticket 1005 is already in the queue HNOC Investigate',
    });
    const key = await schedule(hnocTask(1005), secondsAgo(1));
    await dispatcher.runOnce();
    expect(await fx.store.dataOf(key)).not.toBeNull();
    expect(fx.successes).toEqual([]);
  });

  it('drops a task still failing after the TTL and publishes the error event', async () => {
    const before = await tasksTotal('expired');
    fx.answers.set(1006, { status: 404, body: 'No work queue with name HNOC Investigate' });
    const key = await schedule(hnocTask(1006), secondsAgo(TTL + 1));
    await dispatcher.runOnce();
    expect(await fx.store.dueAtOf(key)).toBeNull();
    expect(await fx.store.dataOf(key)).toBeNull();
    await expect.poll(() => fx.errors).toEqual([hnocTask(1006)]);
    expect(fx.successes).toEqual([]);
    expect(await tasksTotal('expired')).toBe(before + 1);
  });

  it('does not move the due date when a task is re-scheduled', async () => {
    const key = await schedule(hnocTask(1007), secondsAgo(10));
    const firstDue = await fx.store.dueAtOf(key);
    expect(
      await fx.store.schedule({
        key,
        dueAt: new Date(Date.now() + 3_600_000),
        data: hnocTask(1007, 'OTHER'),
      }),
    ).toBe(false);
    expect(await fx.store.dueAtOf(key)).toBe(firstDue);
    await dispatcher.runOnce();
    expect(fx.requests.map((request) => request.service_number)).toEqual(['VC1007']);
  });

  it('clears an orphan key (no data) and a key with unreadable data, without calling Bruin', async () => {
    const before = await metricValue(
      dispatcher.service.kit.registry,
      'task_dispatcher_tasks_total',
      {
        outcome: 'invalid',
        service: 'Unknown',
      },
    );
    const now = Date.now() / 1000 - 5;
    await fx.redis.zadd(fx.store.zKey, now, 'orphan-HNOC', now, 'garbled-HNOC', now, 'wrong-HNOC');
    await fx.redis.hset(
      fx.store.hKey,
      'garbled-HNOC',
      '{not json',
      'wrong-HNOC',
      '{"ticket_id":"x"}',
    );
    await dispatcher.runOnce();
    expect(fx.requests).toEqual([]);
    expect(await fx.redis.zcard(fx.store.zKey)).toBe(0);
    expect(await fx.redis.hlen(fx.store.hKey)).toBe(0);
    expect(
      await metricValue(dispatcher.service.kit.registry, 'task_dispatcher_tasks_total', {
        outcome: 'invalid',
        service: 'Unknown',
      }),
    ).toBe((before ?? 0) + 3);
  });

  it('drops a task that cannot make a change-work request and publishes the error event', async () => {
    const task = { ...hnocTask(1008), serial_number: null };
    await fx.store.schedule({ key: '1008--HNOC', dueAt: secondsAgo(1), data: task });
    await dispatcher.runOnce();
    expect(fx.requests).toEqual([]);
    expect(await fx.store.dataOf('1008--HNOC')).toBeNull();
    await expect.poll(() => fx.errors.map((t) => t.ticket_id)).toEqual([1008]);
  });

  it('keeps serving after bad tasks: the others of the run and the next runs are dispatched', async () => {
    fx.answers.set(1009, 'throw');
    const now = Date.now() / 1000 - 5;
    await fx.redis.zadd(fx.store.zKey, now, 'orphan-HNOC');
    await schedule(hnocTask(1009), secondsAgo(3));
    await schedule(hnocTask(1010), secondsAgo(2));
    await dispatcher.runOnce();
    expect(fx.requests.map((request) => request.ticket_id).sort()).toEqual([1009, 1010]);
    await expect.poll(() => fx.successes.map((t) => t.ticket_id)).toEqual([1010]);

    await schedule(hnocTask(1011), secondsAgo(1));
    await dispatcher.runOnce();
    await expect.poll(() => fx.successes.map((t) => t.ticket_id).sort()).toEqual([1010, 1011]);
    expect(dispatcher.app.job.lastRun?.outcome).toBe('succeeded');
  });

  it('retries when no bruin-bridge answers (503)', async () => {
    const key = await schedule(hnocTask(1012), secondsAgo(1));
    const lonely = await fx.startDispatcher({ NATS_SUBJECT_PREFIX: `${fx.scope}-nobody` });
    try {
      await lonely.runOnce();
      expect(fx.requests).toEqual([]);
      expect(await fx.store.dataOf(key)).not.toBeNull();
    } finally {
      await lonely.stop();
    }
  });

  it('dispatches with bounded concurrency, oldest first', async () => {
    const limited = await fx.startDispatcher({ DISPATCH_CONCURRENCY: '2' });
    try {
      fx.bridgeDelayMs = 50;
      for (let index = 0; index < 6; index += 1) {
        await schedule(hnocTask(1020 + index), secondsAgo(60 - index));
      }
      await limited.runOnce();
      expect(fx.requests.map((request) => request.ticket_id)).toEqual([
        1020, 1021, 1022, 1023, 1024, 1025,
      ]);
      expect(fx.bridgePeak).toBe(2);
      expect(await metricValue(limited.service.kit.registry, 'task_dispatcher_due_tasks')).toBe(6);
    } finally {
      await limited.stop();
    }
  });

  it('writes one log line per task with key, ticket, serial, target queue and outcome', async () => {
    fx.answers.set(1031, { status: 500 });
    const dispatchedKey = await schedule(hnocTask(1030), secondsAgo(2));
    const retryingKey = await schedule(hnocTask(1031), secondsAgo(1));
    const { logger, lines } = captureLogger();
    const summary = await dispatchDueTasks(dispatcher.app.deps, { logger });
    expect(summary).toEqual({
      due: 2,
      outcomes: { dispatched: 1, retrying: 1, expired: 0, invalid: 0 },
      failed: 0,
    });
    const taskLines = lines()
      .filter((line) => 'outcome' in line)
      .sort((a, b) => String(a['key']).localeCompare(String(b['key'])));
    expect(taskLines).toEqual([
      expect.objectContaining({
        level: LEVEL.info,
        key: dispatchedKey,
        ticket_id: 1030,
        serial_number: 'VC1030',
        target_queue: 'HNOC Investigate',
        outcome: 'dispatched',
      }),
      expect.objectContaining({
        level: LEVEL.warn,
        key: retryingKey,
        ticket_id: 1031,
        outcome: 'retrying',
        status: 500,
      }),
    ]);
    expect(String(taskLines[0]?.msg)).toContain(
      `task ${dispatchedKey} dispatched: ticket=1030 serial=VC1030`,
    );
  });

  it('logs a task whose handling raises (Redis down) and leaves it for the next run', async () => {
    const key = await schedule(hnocTask(1040), secondsAgo(1));
    const { logger, lines } = captureLogger();
    const { store } = dispatcher.app.deps;
    const broken = {
      ...dispatcher.app.deps,
      store: {
        due: (now: Date) => store.due(now),
        clear: () => Promise.reject(new Error('redis down')),
      } as unknown as typeof store,
    };
    const summary = await dispatchDueTasks(broken, { logger });
    expect(summary.failed).toBe(1);
    expect(
      lines().some(
        (line) =>
          line.level === LEVEL.error &&
          line['key'] === key &&
          String(line.msg).includes('left for the next run'),
      ),
    ).toBe(true);
    expect(await store.dataOf(key)).not.toBeNull();
  });

  it('still counts and clears a dispatched task whose result event cannot be published', async () => {
    const key = await schedule(hnocTask(1041), secondsAgo(1));
    const { logger, lines } = captureLogger();
    const broken = {
      ...dispatcher.app.deps,
      bus: {
        publish: () => Promise.reject(new Error('bus closed')),
      } as unknown as typeof dispatcher.app.deps.bus,
    };
    const summary = await dispatchDueTasks(broken, { logger });
    expect(summary).toMatchObject({ failed: 0, outcomes: { dispatched: 1 } });
    expect(await fx.store.dataOf(key)).toBeNull();
    expect(lines().some((line) => line.msg === 'task result not published')).toBe(true);
  });
});
