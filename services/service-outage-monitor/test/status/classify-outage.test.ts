import { describe, expect, it } from 'vitest';
import type { EdgeStatus, OutageType } from '../../src/model.js';
import { classifyOutage, isDocumentable, isHealthy } from '../../src/status/classify-outage.js';
import { link, status } from '../support/builders.js';

const up = [link('GE1', 'STABLE'), link('GE2', 'STABLE')];
const oneDown = [link('GE1', 'DISCONNECTED'), link('GE2', 'STABLE')];
const ha = (primary: boolean, edgeState: string, partnerState: string): Partial<EdgeStatus> => ({
  edgeHASerialNumber: 'VC02',
  edgeHAState: partnerState,
  edgeIsHAPrimary: primary,
  edgeState,
});

// One row per line of §2.3 (and the standby copies of the HA rows).
const rows: {
  name: string;
  edge: Partial<EdgeStatus>;
  type: OutageType | null;
  documentable: boolean;
  healthy: boolean;
}[] = [
  {
    name: 'Link Down (no HA): HA off, edge up, a link DISCONNECTED',
    edge: { links: oneDown },
    type: 'Link Down (no HA)',
    documentable: true,
    healthy: false,
  },
  {
    name: 'Hard Down (no HA): HA off, edge OFFLINE',
    edge: { edgeState: 'OFFLINE', links: [link('GE1', 'DISCONNECTED')] },
    type: 'Hard Down (no HA)',
    documentable: true,
    healthy: false,
  },
  {
    name: 'Link Down (HA) on the primary: both members up, a link DISCONNECTED — documented',
    edge: { ...ha(true, 'CONNECTED', 'CONNECTED'), links: oneDown },
    type: 'Link Down (HA)',
    documentable: true,
    healthy: false,
  },
  {
    name: 'Link Down (HA) on the standby copy — not documented',
    edge: { ...ha(false, 'CONNECTED', 'CONNECTED'), links: oneDown },
    type: 'Link Down (HA)',
    documentable: false,
    healthy: false,
  },
  {
    name: 'Soft Down (HA) on the primary: primary OFFLINE, partner up — documented',
    edge: ha(true, 'OFFLINE', 'CONNECTED'),
    type: 'Soft Down (HA)',
    documentable: true,
    healthy: false,
  },
  {
    name: 'Soft Down (HA) on the standby copy: standby OFFLINE, primary up — documented',
    edge: ha(false, 'OFFLINE', 'CONNECTED'),
    type: 'Soft Down (HA)',
    documentable: true,
    healthy: false,
  },
  {
    name: 'Hard Down (HA) on the primary: both OFFLINE — documented',
    edge: ha(true, 'OFFLINE', 'OFFLINE'),
    type: 'Hard Down (HA)',
    documentable: true,
    healthy: false,
  },
  {
    name: 'Hard Down (HA) on the standby copy — not documented',
    edge: ha(false, 'OFFLINE', 'OFFLINE'),
    type: 'Hard Down (HA)',
    documentable: false,
    healthy: false,
  },
  {
    name: 'healthy: edge up, no DISCONNECTED link',
    edge: { links: up },
    type: null,
    documentable: true,
    healthy: true,
  },
  {
    name: 'healthy HA member whose partner is OFFLINE (the partner documents the Soft Down)',
    edge: { ...ha(true, 'CONNECTED', 'OFFLINE'), links: up },
    type: null,
    documentable: true,
    healthy: true,
  },
  {
    name: 'neither: HA member up with a link down while its partner is OFFLINE',
    edge: { ...ha(true, 'CONNECTED', 'OFFLINE'), links: oneDown },
    type: null,
    documentable: true,
    healthy: false,
  },
  {
    name: 'a link in another state than DISCONNECTED is not down',
    edge: { links: [link('GE1', 'UNSTABLE'), link('GE2', null)] },
    type: null,
    documentable: true,
    healthy: true,
  },
];

describe('outage classification (§2.3)', () => {
  for (const row of rows) {
    it(row.name, () => {
      const edge = status(row.edge);
      const type = classifyOutage(edge);
      expect(type).toBe(row.type);
      expect(isHealthy(edge)).toBe(row.healthy);
      if (type !== null) expect(isDocumentable(edge, type)).toBe(row.documentable);
    });
  }
});
