import { describe, expect, it } from 'vitest';
import { forwardedLabels } from '../../src/forwards/forward-success.js';
import { prodSettings } from '../support/builders.js';

const settings = prodSettings({ host: 'metvco04.mettel.net' });
const task = (labels: Record<string, unknown>) => ({
  service: 'service-outage-monitor',
  ticket_id: 1,
  serial_number: 'VC01',
  target_queue: 'Dedicated Worker Queue',
  metrics_labels: labels,
});

describe('tasks_forwarded labels from a forward success (§1.7, §2.11)', () => {
  it('labels the original raw values: umbrella client (name prefix), severity, booleans, link types', () => {
    expect(
      forwardedLabels(
        task({
          client: 'FIS Global Payments',
          outage_type: 'Link Down (HA)',
          severity: 3,
          target_queue: 'Dedicated Worker Queue',
          has_digi: true,
          has_byob: false,
          link_types: ['WIRED', 'WIRELESS'],
        }),
        settings,
      ),
    ).toEqual({
      feature: 'Service Outage Monitor',
      system: 'VeloCloud',
      topic: 'VOO',
      host: 'metvco04.mettel.net',
      client: 'FIS',
      outage_type: 'Link Down (HA)',
      severity: '3',
      has_digi: 'True',
      has_byob: 'False',
      link_types: 'Both',
      target_queue: 'Dedicated Worker Queue',
    });
  });

  it('missing labels become Unknown, no link types None, and the queue falls back to the task', () => {
    const labels = forwardedLabels(task({ link_types: [] }), prodSettings());
    expect(labels).toMatchObject({
      client: 'Other',
      outage_type: 'Unknown',
      severity: 'Unknown',
      has_digi: 'Unknown',
      link_types: 'None',
      target_queue: 'Dedicated Worker Queue',
    });
    expect(forwardedLabels(task({ link_types: 'WIRED' }), prodSettings()).link_types).toBe('Wired');
    expect(forwardedLabels(task({}), prodSettings()).link_types).toBe('Unknown');
  });
});
