import { resolveTestServers, type TestServers } from '@automation-engine/testing';
import { cpus, totalmem } from 'node:os';

/** NATS and Redis for a benchmark: the same rules as the tests (env, local processes, containers). */
export function benchServers(): Promise<TestServers> {
  return resolveTestServers();
}

/** The machine a figure was measured on, printed with every result (as pino's benchmarks do). */
export function machine(): Record<string, string | number> {
  const cpuList = cpus();
  return {
    node: process.version,
    cpus: cpuList.length,
    cpu: cpuList[0]?.model ?? 'unknown',
    memory_gb: Math.round(totalmem() / 1024 ** 3),
  };
}

export function printResult(result: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify({ ...result, machine: machine() })}\n`);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
