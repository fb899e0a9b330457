/**
 * Runs `task` over `items` with at most `limit` at once. A task that throws is passed to
 * `onError` and the others go on: one edge's failure never stops the rest.
 */
export async function eachLimited<T>(spec: {
  items: readonly T[];
  limit: number;
  task: (item: T) => Promise<void>;
  onError: (item: T, error: unknown) => void;
}): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < spec.items.length) {
      const item = spec.items[next] as T;
      next += 1;
      try {
        await spec.task(item);
      } catch (error) {
        spec.onError(item, error);
      }
    }
  };
  const workers = Math.max(1, Math.min(spec.limit, spec.items.length));
  await Promise.all(Array.from({ length: workers }, worker));
}
