import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverServices } from '../engine-runner/discover-units.js';
import { formatLogLine } from '../engine-runner/format-log-line.js';

describe('formatLogLine', () => {
  it('turns a pino line into a prefixed readable line without the base fields', () => {
    const line = JSON.stringify({
      level: 'warn',
      time: '2026-11-22T10:11:12.000Z',
      service: 'bruin-bridge',
      environment: 'x',
      msg: 'vendor slow',
      subject: 'bruin.ticket.request',
      duration_ms: 1200,
    });
    expect(formatLogLine('bruin-bridge', line)).toBe(
      '[bruin-bridge] 10:11:12 WARN  vendor slow  subject=bruin.ticket.request duration_ms=1200',
    );
  });

  it('passes lines that are not JSON through behind the prefix', () => {
    expect(formatLogLine('lab', 'listening on 3000')).toBe('[lab] listening on 3000');
    expect(formatLogLine('lab', '42')).toBe('[lab] 42');
  });

  it('shortens long values', () => {
    const text = formatLogLine('x', JSON.stringify({ level: 30, msg: 'm', blob: 'y'.repeat(500) }));
    expect(text.length).toBeLessThan(160);
    expect(text).toContain('INFO');
  });
});

describe('discoverServices', () => {
  function workspace(services: Record<string, unknown>): string {
    const root = mkdtempSync(join(tmpdir(), 'engine-runner-'));
    for (const [name, manifest] of Object.entries(services)) {
      mkdirSync(join(root, 'services', name), { recursive: true });
      writeFileSync(join(root, 'services', name, 'package.json'), JSON.stringify(manifest));
    }
    return root;
  }

  it('finds services with a start script and points their env at the lab', () => {
    const root = workspace({
      'bruin-bridge': {
        scripts: { start: 'tsx src/main.ts' },
        engine: { env: { BRUIN_BASE_URL: '${LAB_BRUIN_URL}', BRUIN_CLIENT_ID: 'lab-client' } },
      },
      'no-start': { scripts: {} },
    });
    const units = discoverServices(root, { LAB_BRUIN_URL: 'http://127.0.0.1:7001' });
    expect(units).toEqual([
      {
        name: 'bruin-bridge',
        cwd: join(root, 'services', 'bruin-bridge'),
        command: ['pnpm', 'run', '--silent', 'start'],
        env: { BRUIN_BASE_URL: 'http://127.0.0.1:7001', BRUIN_CLIENT_ID: 'lab-client' },
      },
    ]);
  });

  it('keeps a vendor URL already in the environment (the real-vendor profile)', () => {
    const root = workspace({
      'bruin-bridge': {
        scripts: { start: 'x' },
        engine: { env: { BRUIN_BASE_URL: '${LAB_BRUIN_URL}' } },
      },
    });
    const [unit] = discoverServices(root, {
      BRUIN_BASE_URL: 'https://api.bruin.example',
      LAB_BRUIN_URL: 'lab',
    });
    expect(unit?.env['BRUIN_BASE_URL']).toBe('https://api.bruin.example');
  });

  it('starts one process per instance value, as one monitor per VeloCloud host', () => {
    const root = workspace({
      'service-outage-monitor': {
        scripts: { start: 'x' },
        engine: { instances: { variable: 'VELOCLOUD_HOST', values: ['host-a', 'host-b'] } },
      },
    });
    expect(
      discoverServices(root, {}).map((unit) => [unit.name, unit.env['VELOCLOUD_HOST']]),
    ).toEqual([
      ['service-outage-monitor:host-a', 'host-a'],
      ['service-outage-monitor:host-b', 'host-b'],
    ]);
  });

  it('runs a named instance with its own variables beside the per-value ones', () => {
    const root = workspace({
      'service-outage-monitor': {
        scripts: { start: 'x' },
        engine: {
          env: { ENABLE_TRIAGE_MONITORING: '0' },
          instances: {
            variable: 'VELOCLOUD_HOST',
            values: ['host-a', { name: 'triage', env: { ENABLE_TRIAGE_MONITORING: '1' } }],
          },
        },
      },
    });
    expect(
      discoverServices(root, {}).map((unit) => [
        unit.name,
        unit.env['VELOCLOUD_HOST'],
        unit.env['ENABLE_TRIAGE_MONITORING'],
      ]),
    ).toEqual([
      ['service-outage-monitor:host-a', 'host-a', '0'],
      ['service-outage-monitor:triage', undefined, '1'],
    ]);
  });

  it('finds nothing when there is no services folder', () => {
    expect(discoverServices(mkdtempSync(join(tmpdir(), 'empty-')), {})).toEqual([]);
  });
});
