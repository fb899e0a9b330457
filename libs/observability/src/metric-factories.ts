import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

type CounterSpec<L extends string> = { name: string; help: string; labelNames?: readonly L[] };
type HistogramSpec<L extends string> = CounterSpec<L> & { buckets?: number[] };

// Several components (two jobs, two vendor clients) may ask one registry for the same metric;
// prom-client throws on a second registration, so each factory returns the one already there.
function existing(registry: Registry, name: string): unknown {
  return registry.getSingleMetric(name);
}

export function counter<L extends string>(registry: Registry, spec: CounterSpec<L>): Counter<L> {
  return (
    (existing(registry, spec.name) as Counter<L> | undefined) ??
    new Counter<L>({ ...spec, labelNames: spec.labelNames ?? [], registers: [registry] })
  );
}

export function gauge<L extends string>(registry: Registry, spec: CounterSpec<L>): Gauge<L> {
  return (
    (existing(registry, spec.name) as Gauge<L> | undefined) ??
    new Gauge<L>({ ...spec, labelNames: spec.labelNames ?? [], registers: [registry] })
  );
}

export function histogram<L extends string>(
  registry: Registry,
  spec: HistogramSpec<L>,
): Histogram<L> {
  return (
    (existing(registry, spec.name) as Histogram<L> | undefined) ??
    new Histogram<L>({ ...spec, labelNames: spec.labelNames ?? [], registers: [registry] })
  );
}
