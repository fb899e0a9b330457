import { describe, expect, it } from 'vitest';
import {
  isAsrBlacklistedLabel,
  isBusinessGradeLabel,
  isByobLabel,
  isDigiLogicalId,
  isIpAddressLabel,
} from '@automation-engine/monitoring';

const HNOC = ['byob', 'customer owned', 'client owned', 'customer provided', 'client provided'];
const ASR = [...HNOC, 'piab'];

describe('isByobLabel (spec §1.5)', () => {
  it.each([
    ['BYOB Comcast', true],
    ['Link byob', true],
    ['Customer Owned Cable', true],
    ['CLIENT PROVIDED', true],
    ['PIAB', false],
    ['Comcast', false],
    ['', false],
    [null, false],
    [undefined, false],
  ])('%j is BYOB: %s', (label, expected) => {
    expect(isByobLabel(label, HNOC)).toBe(expected);
  });

  it('ignores empty blacklist entries', () => {
    expect(isByobLabel('anything', [''])).toBe(false);
  });
});

describe('isIpAddressLabel', () => {
  it.each([
    ['10.0.0.1', true],
    [' 192.168.1.254 ', true],
    ['2001:db8::1', true],
    ['::1', true],
    ['999.1.1.1', false],
    ['1.2.3', false],
    ['a:b:c', false],
    ['abc:def', false],
    ['Comcast 10.0.0.1', false],
    [null, false],
    [undefined, false],
  ])('%j is an IP address: %s', (label, expected) => {
    expect(isIpAddressLabel(label)).toBe(expected);
  });
});

describe('isAsrBlacklistedLabel', () => {
  it.each([
    ['PIAB wireless', true],
    ['byob', true],
    ['10.1.1.1', true],
    ['AT&T DIA', false],
    ['', false],
    [null, false],
  ])('%j is ASR-blacklisted: %s', (label, expected) => {
    expect(isAsrBlacklistedLabel(label, ASR)).toBe(expected);
  });
});

describe('isBusinessGradeLabel', () => {
  it.each([
    ['AT&T DIA', true],
    ['MPLS link', true],
    ['dia', false],
    ['Comcast', false],
    [null, false],
    [undefined, false],
  ])('%j is business grade (case-sensitive): %s', (label, expected) => {
    expect(isBusinessGradeLabel(label, ['DIA', 'MPLS', ''])).toBe(expected);
  });
});

describe('isDigiLogicalId', () => {
  it.each([
    ['00:04:2d:01:02:03:0000', true],
    ['00:04:2D:01:02:03', true],
    ['00:27:04:aa:bb:cc', true],
    ['00:11:22:33:44:55', false],
    [null, false],
    [undefined, false],
  ])('%j is a DiGi link: %s', (logicalId, expected) => {
    expect(isDigiLogicalId(logicalId, ['00:04:2d', '00:27:04', ''])).toBe(expected);
  });
});
