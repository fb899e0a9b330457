import { engineOutput, type Engine, type ServiceSpec } from './engine-harness.js';
import { waitFor } from '@automation-engine/testing';

const CYCLE_DONE = 'monitoring cycle finished';

/**
 * Runs exactly one monitoring cycle of a service-affecting-monitor: starts the process (a cycle
 * runs at start), waits for its "monitoring cycle finished" line, and stops it. Its lines stay
 * readable under `spec.label`. A cycle that does not finish fails with every process's output.
 */
export async function runAffectingCycle(
  engine: Engine,
  spec: ServiceSpec,
  timeoutMs = 60_000,
): Promise<void> {
  const label = spec.label ?? spec.service;
  const child = await engine.startService(spec);
  try {
    await waitFor(
      `${label} to finish its monitoring cycle`,
      () => {
        if (child.exited()) throw new Error(`${label} exited`);
        return child.lines.some((line) => line.record?.['msg'] === CYCLE_DONE);
      },
      { timeoutMs, intervalMs: 200 },
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${engineOutput(engine)}`);
  } finally {
    await engine.stopService(label);
  }
}
