/** How a DRI task ends once its pending polls are spent (control API, per serial or for all). */
export const DRI_TASK_OUTCOMES = ['done', 'rejected', 'failed'] as const;
export type DriTaskOutcome = (typeof DRI_TASK_OUTCOMES)[number];

export interface DriRule {
  outcome: DriTaskOutcome;
  /** R3 polls answered `Pending` before the outcome. */
  pendingPolls: number;
}

export interface DriTask {
  id: number;
  serial: string;
  parameterNames: string[];
  createdAt: number;
  polls: number;
  state: 'pending' | DriTaskOutcome;
  rule: DriRule;
}

const FIRST_TASK_ID = 2_209_114;

/** Parameter tasks of PIAB devices (R2 creates, R3 polls), and the rules they follow. */
export class DriTaskStore {
  readonly #defaults: DriRule;
  #all: DriRule;
  readonly #bySerial = new Map<string, DriRule>();
  readonly #tasks = new Map<number, DriTask>();
  #next = FIRST_TASK_ID;

  constructor(defaults: DriRule) {
    this.#defaults = { ...defaults };
    this.#all = { ...defaults };
  }

  create(args: { serial: string; parameterNames: string[]; at: number }): DriTask {
    const task: DriTask = {
      id: this.#next,
      serial: args.serial,
      parameterNames: args.parameterNames,
      createdAt: args.at,
      polls: 0,
      state: 'pending',
      rule: this.ruleFor(args.serial),
    };
    this.#next += 1;
    this.#tasks.set(task.id, task);
    return task;
  }

  get(id: number): DriTask | undefined {
    return this.#tasks.get(id);
  }

  /** One R3 poll: still pending while polls remain, then the rule's outcome. */
  poll(task: DriTask): DriTask['state'] {
    if (task.state !== 'pending') return task.state;
    task.polls += 1;
    if (task.polls > task.rule.pendingPolls) task.state = task.rule.outcome;
    return task.state;
  }

  pending(serial: string): DriTask[] {
    return [...this.#tasks.values()].filter((t) => t.serial === serial && t.state === 'pending');
  }

  list(): DriTask[] {
    return [...this.#tasks.values()];
  }

  ruleFor(serial: string): DriRule {
    return this.#bySerial.get(serial) ?? this.#all;
  }

  setRule(args: { serial?: string; outcome?: DriTaskOutcome; pendingPolls?: number }): void {
    const base = args.serial === undefined ? this.#all : this.ruleFor(args.serial);
    const rule = {
      outcome: args.outcome ?? base.outcome,
      pendingPolls: args.pendingPolls ?? base.pendingPolls,
    };
    if (args.serial === undefined) this.#all = rule;
    else this.#bySerial.set(args.serial, rule);
  }

  rules(): { all: DriRule; bySerial: Record<string, DriRule> } {
    return { all: { ...this.#all }, bySerial: Object.fromEntries(this.#bySerial) };
  }

  reset(): void {
    this.#all = { ...this.#defaults };
    this.#bySerial.clear();
    this.#tasks.clear();
    this.#next = FIRST_TASK_ID;
  }
}
