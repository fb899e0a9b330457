import { VCO_SESSION_COOKIE } from '@automation-engine/vendor-apis';

/** The value of the `velocloud.session` cookie among `Set-Cookie` headers, or undefined. */
export function sessionCookie(
  setCookie: string | readonly string[] | undefined,
): string | undefined {
  const headers =
    setCookie === undefined ? [] : typeof setCookie === 'string' ? [setCookie] : setCookie;
  for (const header of headers) {
    const [pair = ''] = header.split(';');
    const separator = pair.indexOf('=');
    if (separator < 0) continue;
    if (pair.slice(0, separator).trim() !== VCO_SESSION_COOKIE) continue;
    const value = pair.slice(separator + 1).trim();
    if (value !== '') return value;
  }
  return undefined;
}
