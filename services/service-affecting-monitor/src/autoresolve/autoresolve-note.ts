import { NOTE_HEADER } from '@automation-engine/monitoring';

/** The note posted when SAM resolves the task of a serial (spec §3.7). */
export function renderAutoresolveNote(spec: { serial: string; now: Date }): string {
  return [
    NOTE_HEADER,
    'All Service Affecting conditions (Latency, Packet Loss, Jitter, Bandwidth Over Utilization and Circuit Instability) have stabilized.',
    `Auto-resolving task for serial: ${spec.serial}`,
    `TimeStamp: ${spec.now.toISOString()}`,
  ].join('\n');
}
