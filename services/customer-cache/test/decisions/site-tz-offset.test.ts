import { describe, expect, it } from 'vitest';
import { siteTzOffset } from '../../src/decisions/site-tz-offset.js';
import { zipStandardOffset } from '../../src/decisions/zip-standard-offset.js';
import { zoneOffsetHours } from '../../src/decisions/zone-offset-hours.js';

const summer = new Date('2023-07-01T12:00:00Z');
const winter = new Date('2023-01-15T12:00:00Z');

describe('zoneOffsetHours', () => {
  it.each([
    ['US/Eastern', summer, -4],
    ['US/Eastern', winter, -5],
    ['US/Central', summer, -5],
    ['US/Mountain', winter, -7],
    ['US/Arizona', summer, -7],
    ['US/Pacific', summer, -7],
    ['US/Hawaii', summer, -10],
    ['UTC', summer, 0],
    ['Asia/Kolkata', summer, 5], // +05:30 keeps the hours, as strftime("%z")[0:3]
    ['America/St_Johns', winter, -3], // -03:30
  ])('%s on %s → %i', (zone, now, hours) => {
    expect(zoneOffsetHours(zone, now)).toBe(hours);
  });

  it('throws for an unknown zone', () => {
    expect(() => zoneOffsetHours('US/Nowhere', summer)).toThrow(RangeError);
  });
});

describe('zipStandardOffset', () => {
  it.each([
    ['02903', -5], // Providence
    ['00901', -4], // San Juan
    ['32501', -6], // Pensacola, the panhandle
    ['37402', -5], // Chattanooga
    ['37203', -6], // Nashville
    ['60602', -6], // Chicago
    ['80202', -7], // Denver
    ['85004', -7], // Phoenix
    ['83814', -8], // Coeur d'Alene
    ['98101', -8], // Seattle
    ['96813', -10], // Honolulu
    ['99501', -9], // Anchorage
  ])('%s → %i', (zip, hours) => {
    expect(zipStandardOffset(zip)).toBe(hours);
  });

  it.each(['', '1234', 'ABCDE', '00000', '96201'])('%j → null', (zip) => {
    expect(zipStandardOffset(zip)).toBeNull();
  });
});

describe('siteTzOffset (spec §10.2: US/<timeZone>, else the zip, else TIMEZONE)', () => {
  const fallbackZone = 'US/Pacific';

  it.each([
    [
      'the zone Bruin names, at now',
      { timeZone: 'Central', address: { zip: '98101' } },
      summer,
      -5,
    ],
    [
      'the zip when no zone is named (standard time)',
      { timeZone: null, address: { zip: '02903-1120' } },
      summer,
      -5,
    ],
    ['the fallback when neither tells', { timeZone: null, address: { zip: null } }, winter, -8],
    ['the fallback for an unknown zip', { address: { zip: '00000' } }, summer, -7],
    ['the fallback when there is no address', { timeZone: '' }, summer, -7],
    [
      'the fallback, not the zip, for a zone that does not exist',
      { timeZone: 'Atlantis', address: { zip: '02903' } },
      summer,
      -7,
    ],
  ])('%s', (...[, site, now, hours]) => {
    expect(siteTzOffset(site, { now, fallbackZone })).toBe(hours);
  });
});
