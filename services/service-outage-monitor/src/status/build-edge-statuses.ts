import type { LinkWithEdgeInfo } from '@automation-engine/contracts/velocloud';
import type { EdgeStatus } from '../model.js';

/** The part of a V7 edge the HA join reads. */
export interface HaRecord {
  serialNumber: string | null;
  haState?: string | null | undefined;
}

/** Edge states that are never monitored (rows dropped before grouping). */
const UNMONITORED_EDGE_STATES = new Set(['NEVER_ACTIVATED']);

/** VCO `haState` → the partner's state; other states mean HA is off for the edge. */
const PARTNER_STATE_OF_HA_STATE: Readonly<Record<string, string>> = {
  READY: 'CONNECTED',
  FAILED: 'OFFLINE',
};

export interface StatusBuild {
  statuses: EdgeStatus[];
  /** Serials dropped: null / NEVER_ACTIVATED state, or no HA record (V7). */
  droppedWithoutState: number;
  droppedWithoutHaRecord: string[];
}

/**
 * Edge statuses of a host (spec §2.2 steps 2–4): V1 link rows grouped by serial (rows with a
 * null or NEVER_ACTIVATED edge state dropped), joined with V7's HA state by serial — an edge
 * V7 does not list is dropped, as the original did (its state cannot be told apart from a
 * half-answered host, and a ticket on it would be a guess) — and a synthetic standby copy of
 * every HA edge with states and serials swapped.
 */
export function buildEdgeStatuses(
  rows: readonly LinkWithEdgeInfo[],
  haRecords: readonly HaRecord[],
): StatusBuild {
  const bySerial = new Map<string, EdgeStatus>();
  let droppedWithoutState = 0;
  for (const row of rows) {
    if (row.edgeState === null || UNMONITORED_EDGE_STATES.has(row.edgeState)) {
      droppedWithoutState += 1;
      continue;
    }
    let edge = bySerial.get(row.edgeSerialNumber);
    if (edge === undefined) {
      edge = {
        host: row.host,
        enterpriseName: row.enterpriseName,
        enterpriseId: row.enterpriseId,
        edgeId: row.edgeId,
        edgeName: row.edgeName,
        edgeState: row.edgeState,
        edgeSerialNumber: row.edgeSerialNumber,
        edgeHASerialNumber: row.edgeHASerialNumber,
        edgeHAState: null,
        edgeIsHAPrimary: null,
        links: [],
      };
      bySerial.set(row.edgeSerialNumber, edge);
    }
    // A row without an interface is an edge without links: the edge counts, the row adds none.
    if (row.interface !== null) {
      edge.links.push({
        interface: row.interface,
        displayName: row.displayName,
        linkState: row.linkState,
        linkIpAddress: row.linkIpAddress,
      });
    }
  }

  const haStateBySerial = new Map<string, string | null>();
  for (const record of haRecords) {
    if (record.serialNumber !== null)
      haStateBySerial.set(record.serialNumber, record.haState ?? null);
  }

  const primaries: EdgeStatus[] = [];
  const droppedWithoutHaRecord: string[] = [];
  for (const edge of bySerial.values()) {
    if (!haStateBySerial.has(edge.edgeSerialNumber)) {
      droppedWithoutHaRecord.push(edge.edgeSerialNumber);
      continue;
    }
    const partnerState =
      PARTNER_STATE_OF_HA_STATE[haStateBySerial.get(edge.edgeSerialNumber) ?? ''];
    if (partnerState !== undefined && edge.edgeHASerialNumber !== null) {
      primaries.push({ ...edge, edgeHAState: partnerState, edgeIsHAPrimary: true });
    } else {
      primaries.push({
        ...edge,
        edgeHASerialNumber: null,
        edgeHAState: null,
        edgeIsHAPrimary: null,
      });
    }
  }

  const standbys = primaries.filter(isHaEnabled).map(standbyCopy);
  return { statuses: [...primaries, ...standbys], droppedWithoutState, droppedWithoutHaRecord };
}

export function isHaEnabled(status: EdgeStatus): boolean {
  return status.edgeHASerialNumber !== null;
}

/** The standby seen as an edge of its own: states and serials swapped, same links. */
function standbyCopy(primary: EdgeStatus): EdgeStatus {
  return {
    ...primary,
    edgeState: primary.edgeHAState ?? primary.edgeState,
    edgeHAState: primary.edgeState,
    edgeSerialNumber: primary.edgeHASerialNumber ?? primary.edgeSerialNumber,
    edgeHASerialNumber: primary.edgeSerialNumber,
    edgeIsHAPrimary: false,
    links: primary.links.map((link) => ({ ...link })),
  };
}
