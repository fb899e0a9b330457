import type { DigiRebootOutcome } from './digi-reboot-log.js';

export interface DigiBehaviourRule {
  outcome: DigiRebootOutcome;
  /** Lab seconds until the outcome (recovery or failure). */
  recoverySeconds: number;
}

/** How reboots end: one rule for every edge, overridden per edge serial (control API). */
export class DigiBehaviour {
  readonly #defaults: DigiBehaviourRule;
  #all: DigiBehaviourRule;
  readonly #bySerial = new Map<string, DigiBehaviourRule>();

  constructor(defaults: DigiBehaviourRule) {
    this.#defaults = { ...defaults };
    this.#all = { ...defaults };
  }

  for(serial: string): DigiBehaviourRule {
    return this.#bySerial.get(serial) ?? this.#all;
  }

  set(args: { serial?: string; outcome?: DigiRebootOutcome; recoverySeconds?: number }): void {
    const base = args.serial === undefined ? this.#all : this.for(args.serial);
    const rule = {
      outcome: args.outcome ?? base.outcome,
      recoverySeconds: args.recoverySeconds ?? base.recoverySeconds,
    };
    if (args.serial === undefined) this.#all = rule;
    else this.#bySerial.set(args.serial, rule);
  }

  snapshot(): { all: DigiBehaviourRule; bySerial: Record<string, DigiBehaviourRule> } {
    return { all: { ...this.#all }, bySerial: Object.fromEntries(this.#bySerial) };
  }

  reset(): void {
    this.#all = { ...this.#defaults };
    this.#bySerial.clear();
  }
}
