import { isIP } from 'node:net';

/** Link-label rules shared by the monitors (spec §1.5). */

function containsAny(label: string | null | undefined, needles: readonly string[]): boolean {
  if (label === null || label === undefined || label === '') return false;
  const lower = label.toLowerCase();
  return needles.some((needle) => needle !== '' && lower.includes(needle.toLowerCase()));
}

/** BYOB (HNOC-blacklisted): the label contains, in any case, one of `blacklist`; empty → no. */
export function isByobLabel(
  label: string | null | undefined,
  blacklist: readonly string[],
): boolean {
  return containsAny(label, blacklist);
}

/**
 * An IP address used as a label: a valid IPv4 or IPv6 address, as the original's
 * `ipaddress.ip_address` (so `999.1.1.1` or `a:b:c` are not).
 */
export function isIpAddressLabel(label: string | null | undefined): boolean {
  if (label === null || label === undefined) return false;
  return isIP(label.trim()) !== 0;
}

/** ASR-blacklisted: the label contains one of `blacklist` (any case) or is an IP address. */
export function isAsrBlacklistedLabel(
  label: string | null | undefined,
  blacklist: readonly string[],
): boolean {
  return containsAny(label, blacklist) || isIpAddressLabel(label);
}

/** Business grade: the label contains, case-sensitively, one of `labels` (`DIA`, `MPLS`). */
export function isBusinessGradeLabel(
  label: string | null | undefined,
  labels: readonly string[],
): boolean {
  if (label === null || label === undefined) return false;
  return labels.some((grade) => grade !== '' && label.includes(grade));
}

/** A DiGi link: its logical id contains one of the DiGi prefixes (`00:04:2d`, `00:27:04`). */
export function isDigiLogicalId(
  logicalId: string | null | undefined,
  prefixes: readonly string[],
): boolean {
  if (logicalId === null || logicalId === undefined) return false;
  const lower = logicalId.toLowerCase();
  return prefixes.some((prefix) => prefix !== '' && lower.includes(prefix.toLowerCase()));
}
