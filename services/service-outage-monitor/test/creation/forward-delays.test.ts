import { describe, expect, it } from 'vitest';
import {
  hnocForwardDelayMinutes,
  workerForwardDelayMinutes,
} from '../../src/creation/forward-delays.js';
import type { OutageType } from '../../src/model.js';
import { link, monitored, prodSettings } from '../support/builders.js';

const settings = prodSettings();
// Site at UTC-5: 15:00 UTC is 10:00 site time (day), 07:00 UTC is 02:00 (night).
const DAY = new Date('2026-11-22T15:00:00Z');
const NIGHT = new Date('2026-11-22T07:00:00Z');

const linkDown = (host: string, label: string) =>
  monitored(
    { links: [link('GE1', 'DISCONNECTED', label), link('GE2', 'STABLE')] },
    { edge: { host, enterprise_id: 1, enterprise_name: 'Acme', edge_id: 10 } },
  );
const edgeDown = monitored({ edgeState: 'OFFLINE', links: [link('GE1', 'DISCONNECTED')] });

describe('HNOC and worker forward delays (§2.5 table)', () => {
  const rows: {
    name: string;
    type: OutageType;
    edge: ReturnType<typeof monitored>;
    now: Date;
    hnoc: number;
    worker: number;
  }[] = [
    {
      name: 'Hard Down (no HA) by day: HNOC 1 min, worker 1 min',
      type: 'Hard Down (no HA)',
      edge: edgeDown,
      now: DAY,
      hnoc: 1,
      worker: 1,
    },
    {
      name: 'Soft Down (HA) by day: HNOC 1 min',
      type: 'Soft Down (HA)',
      edge: edgeDown,
      now: DAY,
      hnoc: 1,
      worker: 1,
    },
    {
      name: 'Hard Down (HA) at night: HNOC 1 min, worker waits until 08:00 site time (6 h)',
      type: 'Hard Down (HA)',
      edge: edgeDown,
      now: NIGHT,
      hnoc: 1,
      worker: 360,
    },
    {
      name: 'Link Down on metvco04 with a business-grade link down: HNOC 1 min',
      type: 'Link Down (no HA)',
      edge: linkDown('metvco04.mettel.net', 'Comcast DIA'),
      now: DAY,
      hnoc: 1,
      worker: 1,
    },
    {
      name: 'Link Down (HA) on metvco04 with a business-grade link down at night: worker until 08:00',
      type: 'Link Down (HA)',
      edge: linkDown('metvco04.mettel.net', 'MPLS circuit'),
      now: NIGHT,
      hnoc: 1,
      worker: 360,
    },
    {
      name: 'Link Down on another host with a business-grade link: day grace 90 min',
      type: 'Link Down (no HA)',
      edge: linkDown('mettel.velocloud.net', 'Comcast DIA'),
      now: DAY,
      hnoc: 90,
      worker: 90,
    },
    {
      name: 'other Link Down by day: 90 min',
      type: 'Link Down (no HA)',
      edge: linkDown('metvco04.mettel.net', 'Comcast'),
      now: DAY,
      hnoc: 90,
      worker: 90,
    },
    {
      name: 'other Link Down at night: HNOC 180 min, worker until 08:00 (360 min)',
      type: 'Link Down (no HA)',
      edge: linkDown('metvco04.mettel.net', 'dia lowercase'),
      now: NIGHT,
      hnoc: 180,
      worker: 360,
    },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const spec = { edge: row.edge, type: row.type, settings, now: row.now };
      expect(hnocForwardDelayMinutes(spec)).toBe(row.hnoc);
      expect(workerForwardDelayMinutes(spec)).toBe(row.worker);
    });
  }
});
