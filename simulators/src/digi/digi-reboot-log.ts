import type { DigiRecoveryLog } from '@automation-engine/vendor-apis';
import { formatIsoSeconds as formatDigiDate } from '../clock/format-iso-seconds.js';

/** How a reboot ends, as the control API sets it (per edge serial or for all). */
export const DIGI_REBOOT_OUTCOMES = ['recover', 'no-recovery', 'aborted', 'error'] as const;
export type DigiRebootOutcome = (typeof DIGI_REBOOT_OUTCOMES)[number];

export interface DigiReboot {
  /** Also the `Id` of its recovery log. */
  id: number;
  requestId: string;
  igzId: string | null;
  at: number;
  serial: string;
  ticket: string;
  mac: string;
  interface: string;
  deviceSerial: string;
  state: 'in-progress' | 'recovered' | 'failed';
  /** Lab time the outcome is due. */
  dueAt: number;
  endedAt: number | null;
}

/** The reboots DiGi was asked for, and the recovery logs (D2) they leave. */
export class DigiRebootLog {
  readonly #reboots: DigiReboot[] = [];
  #next = 5000;

  record(input: Omit<DigiReboot, 'id' | 'state' | 'endedAt'>): DigiReboot {
    const reboot: DigiReboot = { id: this.#next, state: 'in-progress', endedAt: null, ...input };
    this.#next += 1;
    this.#reboots.push(reboot);
    return reboot;
  }

  finish(reboot: DigiReboot, args: { state: 'recovered' | 'failed'; at: number }): void {
    reboot.state = args.state;
    reboot.endedAt = args.at;
  }

  /** The reboot of a device still running, if any. */
  inProgress(mac: string): DigiReboot | undefined {
    return this.#reboots.find((r) => r.mac === mac && r.state === 'in-progress');
  }

  list(): DigiReboot[] {
    return [...this.#reboots];
  }

  /** D2 log lines, oldest first. */
  logs(): DigiRecoveryLog[] {
    return this.#reboots.map((r) => ({
      Id: r.id,
      igzID: r.igzId,
      RequestID: r.requestId,
      Method: 'API Start',
      System: 'DMS',
      VeloSerial: r.serial,
      TicketID: r.ticket,
      DeviceSN: r.deviceSerial,
      Notes:
        r.state === 'recovered'
          ? `Modem power-cycled, ${r.interface} back online`
          : r.state === 'failed'
            ? `Modem power-cycled, ${r.interface} did not come back`
            : 'Reboot in progress',
      TimestampSTART: formatDigiDate(r.at),
      TimestampEND: r.endedAt === null ? null : formatDigiDate(r.endedAt),
      Success: r.state === 'in-progress' ? null : r.state === 'recovered',
    }));
  }

  reset(): void {
    this.#reboots.length = 0;
    this.#next = 5000;
  }
}
