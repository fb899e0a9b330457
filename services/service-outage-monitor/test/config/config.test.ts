import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, parseEnv } from '@automation-engine/config';
import { checkOutageConfig, serviceEnv, settingsOf } from '../../src/config.js';

const schema = z.object(serviceEnv);

describe('service-outage-monitor environment', () => {
  it('defaults to the production values (§2.1)', () => {
    const config = parseEnv(schema, { MONITORING__VELOCLOUD_HOST: 'metvco04.mettel.net' });
    const settings = settingsOf({ ...config, ENVIRONMENT_NAME: 'production' });
    expect(config.MONITORING__MONITORING_JOB_INTERVAL).toBe(600);
    expect(config.TRIAGE__MONITORING_JOB_INTERVAL).toBe(600);
    expect(config.ENABLE_TRIAGE_MONITORING).toBe(false);
    expect(settings).toMatchObject({
      host: 'metvco04.mettel.net',
      quarantineSeconds: {
        'Link Down (no HA)': 180,
        'Hard Down (no HA)': 180,
        'Link Down (HA)': 180,
        'Soft Down (HA)': 180,
        'Hard Down (HA)': 180,
      },
      severityEdgeDown: 2,
      severityLinkDown: 3,
      grace: { dayStartHour: 8, dayEndHour: 0, daySeconds: 5400, nightSeconds: 10800 },
      maxAutoresolvesPerTicket: 3,
      digiRebootGraceSeconds: 1800,
      milestoneReminderWaitSeconds: 86400,
      businessGradeLinkLabels: ['DIA', 'MPLS'],
      blacklistedEdges: [],
      digiHeaders: ['00:04:2d', '00:27:04'],
      ipaQueueId: 1327,
      workerQueueId: 1547,
      triage: { hosts: [], lastNoteIntervalMinutes: 60, maxEventsPerNote: 15 },
      concurrency: 10,
    });
  });

  it('reads the JSON variables and the per-type quarantines', () => {
    const config = parseEnv(schema, {
      MONITORING__VELOCLOUD_HOST: 'mettel.velocloud.net',
      MONITORING__BLACKLISTED_EDGES:
        '[{"host":"mettel.velocloud.net","enterprise_id":170,"edge_id":3195}]',
      MONITORING__QUARANTINE_FOR_EDGES_IN_HA_SOFT_DOWN_OUTAGE: '30',
      TRIAGE__MONITORED_VELOCLOUD_HOSTS: '["a","b"]',
      TRIAGE__LAST_NOTE_INTERVAL: '1800',
      ENABLE_TRIAGE_MONITORING: '1',
    });
    const settings = settingsOf({ ...config, ENVIRONMENT_NAME: 'dev' });
    expect(settings.blacklistedEdges).toEqual([
      { host: 'mettel.velocloud.net', enterprise_id: 170, edge_id: 3195 },
    ]);
    expect(settings.quarantineSeconds['Soft Down (HA)']).toBe(30);
    expect(settings.triage).toMatchObject({ hosts: ['a', 'b'], lastNoteIntervalMinutes: 30 });
  });

  it('rejects bad values with the variable named', () => {
    expect(() =>
      parseEnv(schema, {
        MONITORING__SEVERITY_FOR_EDGE_DOWN_OUTAGES: '7',
        MONITORING__BLACKLISTED_EDGES: 'nope',
        ENABLE_TRIAGE_MONITORING: 'maybe',
      }),
    ).toThrow(
      /MONITORING__SEVERITY_FOR_EDGE_DOWN_OUTAGES[\s\S]*MONITORING__BLACKLISTED_EDGES|MONITORING__BLACKLISTED_EDGES[\s\S]*MONITORING__SEVERITY/,
    );
  });

  it('a monitoring instance needs its host; the triage instance does not', () => {
    expect(() => checkOutageConfig({ ENABLE_TRIAGE_MONITORING: false })).toThrow(ConfigError);
    expect(() => checkOutageConfig({ ENABLE_TRIAGE_MONITORING: true })).not.toThrow();
  });
});
