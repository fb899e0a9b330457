import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

type CounterSpec<L extends string> = { name: string; help: string; labelNames?: readonly L[] };
type HistogramSpec<L extends string> = CounterSpec<L> & { buckets?: number[] };

// Several components (two jobs, two vendor clients) may ask one registry for the same metric;
// prom-client throws on a second registration, so each factory returns the one already there.
function existing<M>(registry: Registry, name: string): M | undefined {
  return registry.getSingleMetric(name) as M | undefined;
}

export function counter<L extends string>(registry: Registry, spec: CounterSpec<L>): Counter<L> {
  return (
    existing<Counter<L>>(registry, spec.name) ??
    new Counter<L>({ ...spec, labelNames: spec.labelNames ?? [], registers: [registry] })
  );
}

export function gauge<L extends string>(registry: Registry, spec: CounterSpec<L>): Gauge<L> {
  return (
    existing<Gauge<L>>(registry, spec.name) ??
    new Gauge<L>({ ...spec, labelNames: spec.labelNames ?? [], registers: [registry] })
  );
}

export function histogram<L extends string>(
  registry: Registry,
  spec: HistogramSpec<L>,
): Histogram<L> {
  return (
    existing<Histogram<L>>(registry, spec.name) ??
    new Histogram<L>({ ...spec, labelNames: spec.labelNames ?? [], registers: [registry] })
  );
}
