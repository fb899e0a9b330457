/**
 * Sequential identifiers of the fleet. Bruin ids are global; VeloCloud ids (enterprise, edge,
 * site, link) are per host, as on real orchestrators.
 */
export class IdAllocator {
  readonly #counters = new Map<string, number>();

  /** The next value of the named sequence, starting at `start`. */
  next(name: string, start: number): number {
    const value = this.#counters.get(name) ?? start;
    this.#counters.set(name, value + 1);
    return value;
  }

  /** How many values the sequence has handed out. */
  count(name: string, start: number): number {
    return (this.#counters.get(name) ?? start) - start;
  }
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
