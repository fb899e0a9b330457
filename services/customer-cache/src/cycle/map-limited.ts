/**
 * Runs `task` over `items` with at most `limit` at once, results in input order. Stops taking new
 * items once `signal` aborts (and then rejects with its reason); a task that throws rejects the
 * whole run after the tasks in flight settle.
 */
export async function mapLimited<T, R>(spec: {
  items: readonly T[];
  limit: number;
  task: (item: T, index: number) => Promise<R>;
  signal?: AbortSignal;
}): Promise<R[]> {
  const { items, task, signal } = spec;
  const results = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < items.length && signal?.aborted !== true) {
      const index = next;
      next += 1;
      try {
        results[index] = await task(items[index] as T, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  const workers = Math.max(1, Math.min(spec.limit, items.length));
  await Promise.all(Array.from({ length: workers }, worker));
  if (failure !== undefined) throw failure.error;
  signal?.throwIfAborted();
  return results;
}
