import { Registry } from 'prom-client';
import type { Contract } from '@automation-engine/contracts';
import {
  DecisionLog,
  taskMetrics,
  type BridgeCaller,
  type Notifier,
  type TicketForwardInput,
  type TicketForwardStore,
  type WriteMode,
} from '@automation-engine/monitoring';
import { captureLogger, type LogLine } from '@automation-engine/testing';
import {
  AFFECTING_METRIC_LABELS,
  type AffectingDeps,
  type AffectingSettings,
} from '../../src/model.js';
import { settings as defaultSettings } from './samples.js';

export interface BridgeAnswer {
  status: number;
  body: unknown;
}

export type BridgeScript = (body: Record<string, unknown>, call: number) => BridgeAnswer;

export interface FakeDeps {
  deps: AffectingDeps;
  registry: Registry;
  /** Every bridge call, in order: subject and body. */
  calls: { subject: string; body: Record<string, unknown> }[];
  slack: string[];
  scheduled: { key: string; dueAt: Date; data: TicketForwardInput }[];
  /** The decision log lines (`decision` field). */
  decisions(): Record<string, unknown>[];
  logs(): LogLine[];
  /** Calls of one subject. */
  bodiesOf(subject: string): Record<string, unknown>[];
}

/**
 * Dependencies of the ticket flow with scripted bridge answers (`subject → answer`; unscripted
 * subjects answer 200 `{}`), a real decision log on a captured logger and real task metrics.
 */
export function fakeDeps(spec: {
  bridges?: Record<string, BridgeScript | BridgeAnswer>;
  mode?: WriteMode;
  now?: Date;
  settings?: Partial<AffectingSettings>;
  scheduleAdds?: boolean;
  /** The forwards Redis fails. */
  scheduleFails?: boolean;
}): FakeDeps {
  const captured = captureLogger();
  const registry = new Registry();
  const calls: FakeDeps['calls'] = [];
  const slack: string[] = [];
  const scheduled: FakeDeps['scheduled'] = [];
  const counts = new Map<string, number>();
  const bridges = {
    call: (contract: Contract, body: Record<string, unknown>) => {
      calls.push({ subject: contract.subject, body });
      const call = counts.get(contract.subject) ?? 0;
      counts.set(contract.subject, call + 1);
      const script = spec.bridges?.[contract.subject];
      const answer =
        script === undefined
          ? { status: 200, body: {} }
          : typeof script === 'function'
            ? script(body, call)
            : script;
      const ok = answer.status >= 200 && answer.status < 300;
      return Promise.resolve({ ok, status: answer.status, body: answer.body });
    },
  } as unknown as BridgeCaller;
  const notifier = {
    slack: (message: string) => {
      slack.push(message);
      return Promise.resolve();
    },
    email: () => Promise.resolve(),
  } as unknown as Notifier;
  const forwards = {
    schedule: (input: { key: string; dueAt: Date; data: TicketForwardInput }) => {
      if (spec.scheduleFails === true) return Promise.reject(new Error('redis down'));
      scheduled.push(input);
      return Promise.resolve(spec.scheduleAdds ?? true);
    },
    clear: () => Promise.resolve(0),
  } as unknown as TicketForwardStore;
  const now = spec.now ?? new Date('2026-11-22T17:00:00Z');
  const deps: AffectingDeps = {
    bridges,
    notifier,
    decisions: new DecisionLog({ logger: captured.logger, mode: spec.mode ?? 'live' }),
    forwards,
    metrics: taskMetrics(registry, AFFECTING_METRIC_LABELS),
    logger: captured.logger,
    now: () => now,
    settings: defaultSettings(spec.settings),
  };
  return {
    deps,
    registry,
    calls,
    slack,
    scheduled,
    decisions: () =>
      captured
        .lines()
        .map((line) => line['decision'])
        .filter((d): d is Record<string, unknown> => typeof d === 'object' && d !== null),
    logs: () => captured.lines(),
    bodiesOf: (subject) => calls.filter((c) => c.subject === subject).map((c) => c.body),
  };
}
