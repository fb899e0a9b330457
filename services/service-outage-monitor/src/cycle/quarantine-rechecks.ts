import type { MonitoredEdge, OutageDeps, OutageType } from '../model.js';
import { classifyOutage, isHealthy } from '../status/classify-outage.js';
import { fetchEdgeStatuses } from '../status/fetch-edge-statuses.js';
import { joinWithCache } from '../status/join-edges.js';
import { DEFAULT_CYCLE_ACTIONS, type CycleActions } from './cycle-actions.js';
import { eachLimited } from './map-limited.js';

interface PendingRecheck {
  timer: NodeJS.Timeout;
  edges: Map<string, MonitoredEdge>;
  dueAt: Date;
}

/**
 * The quarantine (§2.4): edges seen in an outage are looked at again after the type's quarantine,
 * one one-shot re-check per outage type. A cycle that finds edges of a type whose re-check is
 * still pending adds them to it (the original raised a conflict there that aborted the host's run
 * — HEAD quirk §6.4); their quarantine then ends with the pending one.
 */
export class QuarantineRechecks {
  readonly #deps: OutageDeps;
  readonly #actions: CycleActions;
  readonly #whitelist: () => ReadonlySet<string>;
  readonly #pending = new Map<OutageType, PendingRecheck>();
  readonly #running = new Set<Promise<void>>();
  #stopped = false;

  constructor(spec: {
    deps: OutageDeps;
    /** The auto-resolve whitelist of the latest cycle. */
    whitelist: () => ReadonlySet<string>;
    actions?: CycleActions;
  }) {
    this.#deps = spec.deps;
    this.#whitelist = spec.whitelist;
    this.#actions = spec.actions ?? DEFAULT_CYCLE_ACTIONS;
  }

  /** Outage types with a pending re-check and how many edges each holds. */
  pending(): Partial<Record<OutageType, number>> {
    return Object.fromEntries(
      [...this.#pending].map(([type, recheck]) => [type, recheck.edges.size]),
    );
  }

  schedule(type: OutageType, edges: readonly MonitoredEdge[]): void {
    if (this.#stopped || edges.length === 0) return;
    const { deps } = this;
    const existing = this.#pending.get(type);
    if (existing !== undefined) {
      for (const edge of edges) {
        const serial = edge.cached.serial_number;
        const known = existing.edges.has(serial);
        existing.edges.set(serial, edge);
        deps.decisions.record({
          action: 'quarantine',
          outcome: known ? 'skipped' : 'done',
          serial,
          outageType: type,
          reason: known ? 'already in quarantine' : 'joined the pending re-check',
          recheck_at: existing.dueAt.toISOString(),
        });
      }
      return;
    }
    const delayMs = deps.settings.quarantineSeconds[type] * 1000;
    const dueAt = new Date(deps.now().getTime() + delayMs);
    const recheck: PendingRecheck = {
      edges: new Map(edges.map((edge) => [edge.cached.serial_number, edge])),
      dueAt,
      timer: setTimeout(() => {
        this.#pending.delete(type);
        const run = this.recheck(type, [...recheck.edges.values()]).catch((error: unknown) => {
          deps.logger.error({ err: error, outage_type: type }, `[${type}] re-check failed`);
        });
        this.#running.add(run);
        void run.finally(() => this.#running.delete(run));
      }, delayMs),
    };
    recheck.timer.unref();
    this.#pending.set(type, recheck);
    for (const edge of edges) {
      deps.decisions.record({
        action: 'quarantine',
        outcome: 'done',
        serial: edge.cached.serial_number,
        outageType: type,
        reason: `re-check in ${String(delayMs / 1000)} s`,
        recheck_at: dueAt.toISOString(),
      });
    }
  }

  private get deps(): OutageDeps {
    return this.#deps;
  }

  /** One re-check (public for tests: runs at once, no timer). */
  async recheck(type: OutageType, edges: readonly MonitoredEdge[]): Promise<void> {
    const { deps } = this;
    const byHost = new Map<string, MonitoredEdge[]>();
    for (const edge of edges) {
      const host = edge.cached.edge.host;
      const list = byHost.get(host);
      if (list === undefined) byHost.set(host, [edge]);
      else list.push(edge);
    }
    await Promise.all(
      [...byHost].map(async ([host, hostEdges]) => {
        const statuses = await fetchEdgeStatuses(deps, host);
        if (statuses === null) {
          for (const edge of hostEdges) {
            deps.decisions.record({
              action: 'skip',
              outcome: 'skipped',
              serial: edge.cached.serial_number,
              outageType: type,
              reason: 're-check aborted: edge statuses unreadable',
            });
          }
          return;
        }
        const now = joinWithCache(
          statuses,
          hostEdges.map((edge) => edge.cached),
        );
        const seen = new Set(now.map((edge) => edge.cached.serial_number));
        for (const edge of hostEdges) {
          if (!seen.has(edge.cached.serial_number)) {
            deps.decisions.record({
              action: 'skip',
              outcome: 'skipped',
              serial: edge.cached.serial_number,
              outageType: type,
              reason: 'no status at re-check',
            });
          }
        }
        const whitelist = this.#whitelist();
        await eachLimited({
          items: now,
          limit: deps.settings.concurrency,
          task: async (edge) => {
            const current = classifyOutage(edge.status);
            if (current === type) {
              await this.#actions.createTicket(deps, edge, type);
            } else if (isHealthy(edge.status)) {
              deps.decisions.record({
                action: 'skip',
                outcome: 'skipped',
                serial: edge.cached.serial_number,
                outageType: type,
                reason: 'healthy at re-check: no ticket; auto-resolve',
              });
              await this.#actions.autoResolve(deps, edge, whitelist);
            } else {
              deps.decisions.record({
                action: 'skip',
                outcome: 'skipped',
                serial: edge.cached.serial_number,
                outageType: type,
                reason: `outage type changed to ${current ?? 'none'} at re-check`,
              });
            }
          },
          onError: (edge, error) => {
            deps.logger.error(
              { err: error, serial: edge.cached.serial_number, outage_type: type },
              `[${type}] error while handling edge ${edge.cached.serial_number} at re-check`,
            );
          },
        });
      }),
    );
  }

  /** Resolves once no re-check is pending or running (the ones started meanwhile included). */
  async idle(): Promise<void> {
    while (this.#pending.size > 0 || this.#running.size > 0) {
      if (this.#running.size > 0) await Promise.allSettled([...this.#running]);
      else await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Cancels pending re-checks and waits for the running ones. */
  async stop(): Promise<void> {
    this.#stopped = true;
    for (const recheck of this.#pending.values()) clearTimeout(recheck.timer);
    this.#pending.clear();
    await Promise.allSettled([...this.#running]);
  }
}
