import type { HawkeyeProbe, HawkeyeProbeStatus } from '@automation-engine/vendor-apis';
import type { LabClock } from '../clock/lab-clock.js';
import type { FleetProbe } from '../fleet/fleet-types.js';
import { formatIsoSeconds as formatHawkeyeDate } from '../clock/format-iso-seconds.js';
import type { ProbeStateStore, ProbeTestKind } from './probe-state-store.js';
import { PROBE_TEST_INTERVAL_MS } from './probe-tests.js';

/** H1 record of a probe: seed identity plus the runtime up/down state of both kinds. */
export function toHawkeyeProbe(args: {
  probe: FleetProbe;
  state: ProbeStateStore;
  clock: LabClock;
}): HawkeyeProbe {
  const { probe } = args;
  const status = (kind: ProbeTestKind): HawkeyeProbeStatus => probeStatus({ ...args, kind });
  return {
    probeId: String(probe.probeId),
    uid: probe.uid,
    os: probe.os,
    name: probe.name,
    active: probe.active ? '1' : '0',
    type: probe.type,
    mode: 'Automatic',
    typeName: probe.typeName,
    serialNumber: probe.serialNumber,
    probeGroup: probe.probeGroup,
    lastRestart: formatHawkeyeDate(probe.lastRestart),
    ips: [probe.ipAddress],
    nodetonode: status('nodetonode'),
    realservice: status('realservice'),
    // Descriptive fields the engine does not read.
    testIp: probe.ipAddress,
    managementIp: probe.ipAddress,
    xrVersion: '3.9.1',
    defaultGateway: probe.ipAddress.replace(/\.\d+$/, '.1'),
    availability: { from: 1, to: 1, mesh: '1' },
    wifi: { available: 0, associated: 0 },
  };
}

function probeStatus(args: {
  probe: FleetProbe;
  state: ProbeStateStore;
  clock: LabClock;
  kind: ProbeTestKind;
}): HawkeyeProbeStatus {
  const { probe, state, clock, kind } = args;
  if (probe.neverReported) return { status: 0, lastUpdate: 'never' };
  const now = clock.now();
  const up = state.isUp(probe, kind);
  // Up: the last report of the running interval. Down: the last report before it went down.
  const reported = up
    ? now - (probe.hash % PROBE_TEST_INTERVAL_MS)
    : (state.changedAt(probe, kind) ?? now);
  return { status: up ? 1 : 0, lastUpdate: formatHawkeyeDate(reported) };
}
