/** What the engine asked Bruin to do with e-mails (B25–B28), for the control API. */
export interface BruinEmailAction {
  at: number;
  kind: 'reply' | 'status' | 'tag' | 'link';
  emailId: number;
  detail: Record<string, unknown>;
}

export class BruinEmailLog {
  readonly #actions: BruinEmailAction[] = [];
  readonly #tags = new Map<number, Set<number>>();
  #nextEvent = 4410;

  record(action: BruinEmailAction): void {
    this.#actions.push(action);
  }

  /** Adds a tag; false when the e-mail already had it. */
  tag(emailId: number, tagId: number): boolean {
    const tags = this.#tags.get(emailId) ?? new Set<number>();
    if (tags.has(tagId)) return false;
    tags.add(tagId);
    this.#tags.set(emailId, tags);
    return true;
  }

  nextEventId(): number {
    const id = this.#nextEvent;
    this.#nextEvent += 1;
    return id;
  }

  list(): BruinEmailAction[] {
    return [...this.#actions];
  }

  reset(): void {
    this.#actions.length = 0;
    this.#tags.clear();
    this.#nextEvent = 4410;
  }
}
