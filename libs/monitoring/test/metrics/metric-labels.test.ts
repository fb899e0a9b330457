import { describe, expect, it } from 'vitest';
import {
  booleanLabel,
  clientLabel,
  labelValue,
  linkTypesLabel,
} from '@automation-engine/monitoring';

const settings = {
  umbrellaHosts: { 'metvco04.mettel.net': 'FIS', 'metconfvco01-ic1.mettel.net': 'Confie' },
  relevantClients: ['RSI', 'OReilly Auto Parts', 'Sterling Jewelers, Inc.'],
};

describe('clientLabel (spec §1.8)', () => {
  it.each([
    ['a client whose name starts with an umbrella label', 'FIS Bank 12', 'FIS'],
    ['the umbrella label itself', 'Confie', 'Confie'],
    ['a relevant client', 'RSI', 'RSI'],
    ['another relevant client', 'Sterling Jewelers, Inc.', 'Sterling Jewelers, Inc.'],
    ['any other client', 'Acme', 'Other'],
    ['a relevant name with another case', 'rsi', 'Other'],
    ['no client name', null, 'Other'],
  ])('labels %s', (_case, name, label) => {
    expect(clientLabel(name, settings)).toBe(label);
  });

  it('reads the client name, not the host (the original matches UMBRELLA_HOSTS values)', () => {
    expect(clientLabel('Acme', settings)).toBe('Other');
    expect(clientLabel('RSI', settings)).toBe('RSI');
  });
});

describe('linkTypesLabel', () => {
  it.each([
    [null, 'Unknown'],
    [undefined, 'Unknown'],
    [[], 'None'],
    [['WIRED'], 'Wired'],
    [['wireless'], 'Wireless'],
    [['WIRED', 'WIRED'], 'Wired'],
    [['WIRED', 'WIRELESS'], 'Both'],
    [[null], 'Unknown'],
    [[null, 'WIRELESS'], 'Wireless'],
  ] as [(string | null)[] | null | undefined, string][])('%j → %s', (types, label) => {
    expect(linkTypesLabel(types)).toBe(label);
  });
});

describe('labelValue', () => {
  it.each([
    [null, 'Unknown'],
    [undefined, 'Unknown'],
    ['', 'Unknown'],
    ['Hard Down (no HA)', 'Hard Down (no HA)'],
    [2, '2'],
    [false, 'false'],
    [true, 'true'],
  ])('%j → %s', (value, label) => {
    expect(labelValue(value)).toBe(label);
  });
});

describe('booleanLabel', () => {
  it.each([
    [true, 'True'],
    [false, 'False'],
    ['true', 'True'],
    ['False', 'False'],
    [null, 'Unknown'],
    [undefined, 'Unknown'],
  ] as const)('writes %s as %s, as the original Prometheus client did', (value, label) => {
    expect(booleanLabel(value)).toBe(label);
  });
});
