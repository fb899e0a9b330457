/**
 * Runs `task` over `items`, at most `limit` at once. `task` must not throw (the dispatcher's
 * catches its own failures, so one task never stops the others). Stops taking new items once
 * `signal` aborts.
 */
export async function forEachLimited<T>(spec: {
  items: readonly T[];
  limit: number;
  task: (item: T) => Promise<void>;
  signal?: AbortSignal;
}): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < spec.items.length && spec.signal?.aborted !== true) {
      const item = spec.items[next] as T;
      next += 1;
      await spec.task(item);
    }
  };
  const workers = Math.max(1, Math.min(spec.limit, spec.items.length));
  await Promise.all(Array.from({ length: workers }, worker));
}
