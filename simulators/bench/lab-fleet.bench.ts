/**
 * Generation time of the lab fleet at production scale: 10,000 edges over 4 VCO hosts (budget
 * < 2 s). Prints one JSON line on stdout for `pnpm bench` to collect.
 *
 *   pnpm tsx --conditions=source simulators/bench/lab-fleet.bench.ts
 */
import { performance } from 'node:perf_hooks';
import { generateFleet } from '../src/fleet/generate-fleet.js';

const EDGES = 10_000;
const HOSTS = 4;

const started = performance.now();
const fleet = generateFleet({ seed: 20_230_411, edges: EDGES, hosts: HOSTS });
const seconds = (performance.now() - started) / 1000;

if (fleet.edges.length !== EDGES)
  throw new Error(`expected ${String(EDGES)} edges, got ${String(fleet.edges.length)}`);

const result = {
  bench: 'lab-fleet',
  edges: EDGES,
  hosts: HOSTS,
  seconds: Math.round(seconds * 1000) / 1000,
  peak_rss_mb: Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
