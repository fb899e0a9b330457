import type { Logger } from 'pino';
import type { Counter } from 'prom-client';
import type { WriteMode } from './write-mode.js';

/** What a monitor decided to do (or not) about one edge, link or ticket. */
export type DecisionAction =
  | 'create'
  | 'reopen'
  | 'note'
  | 'forward'
  | 'schedule-forward'
  | 'severity'
  | 'reboot'
  | 'email'
  | 'resolve'
  | 'close'
  | 'quarantine'
  | 'skip';

/**
 * How it ended: `done` (written), `failed` (tried, the bridge said no), `skipped` (decided not
 * to act), `would-have` (non-production) or `dry-run` (nothing written by design).
 */
export type DecisionOutcome = 'done' | 'failed' | 'skipped' | 'would-have' | 'dry-run';

export interface Decision {
  action: DecisionAction;
  outcome?: DecisionOutcome;
  serial?: string | null;
  ticketId?: number | null;
  /** SOM: the outage type; SAM: the trouble. */
  outageType?: string | null;
  trouble?: string | null;
  /** Why, in words an ops engineer can search for. */
  reason: string;
  /**
   * A decision taken for most edges every cycle (a healthy edge without a ticket): logged at
   * debug level so that production logs keep the ones that matter; still counted.
   */
  routine?: boolean;
  /** Anything else worth a field (detail id, target queue, interface…). */
  [extra: string]: unknown;
}

/**
 * One structured log line per decision, so "why did it (not) open a ticket for X" is one
 * Papertrail search: `decision serial=X`. The message repeats the key fields as text because
 * Papertrail searches text; the fields are there for Grafana/Loki-style queries.
 */
export class DecisionLog {
  readonly #logger: Logger;
  readonly #mode: WriteMode;
  readonly #counter: Counter<'action' | 'outcome'> | undefined;

  /** `counter`: counts every decision by action and outcome (`monitor_decisions_total`). */
  constructor(deps: { logger: Logger; mode: WriteMode; counter?: Counter<'action' | 'outcome'> }) {
    this.#logger = deps.logger;
    this.#mode = deps.mode;
    this.#counter = deps.counter;
  }

  get mode(): WriteMode {
    return this.#mode;
  }

  /** Writes are allowed only in `live` mode. */
  get writes(): boolean {
    return this.#mode === 'live';
  }

  /** The outcome of an action that was not performed because of the mode. */
  get heldOutcome(): DecisionOutcome {
    return this.#mode === 'dry-run' ? 'dry-run' : 'would-have';
  }

  record(decision: Decision): void {
    const {
      action,
      outcome = 'done',
      serial,
      ticketId,
      outageType,
      trouble,
      reason,
      routine = false,
      ...extra
    } = decision;
    const words = [`decision ${action} ${outcome}`];
    if (serial !== undefined && serial !== null) words.push(`serial=${serial}`);
    if (ticketId !== undefined && ticketId !== null) words.push(`ticket=${String(ticketId)}`);
    if (outageType !== undefined && outageType !== null) words.push(`outage_type="${outageType}"`);
    if (trouble !== undefined && trouble !== null) words.push(`trouble="${trouble}"`);
    words.push(`reason="${reason}"`);
    const fields = {
      decision: {
        action,
        outcome,
        serial: serial ?? null,
        ticket_id: ticketId ?? null,
        outage_type: outageType ?? null,
        trouble: trouble ?? null,
        reason,
        mode: this.#mode,
        ...extra,
      },
    };
    this.#counter?.inc({ action, outcome });
    if (outcome === 'failed') this.#logger.warn(fields, words.join(' '));
    else if (routine) this.#logger.debug(fields, words.join(' '));
    else this.#logger.info(fields, words.join(' '));
  }

  /** Records `action` as held back by the mode (`would-have` or `dry-run`). */
  held(decision: Decision): void {
    this.record({ ...decision, outcome: this.heldOutcome });
  }
}
