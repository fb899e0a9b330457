import { HAWKEYE_SESSION_COOKIE } from '@automation-engine/vendor-apis';

/** The `PHPSESSID=…` pair of a login answer's `Set-Cookie` headers, or undefined. */
export function sessionCookieOf(
  setCookie: readonly string[] | string | undefined,
): string | undefined {
  const headers = typeof setCookie === 'string' ? [setCookie] : (setCookie ?? []);
  for (const header of headers) {
    const pair = header.split(';')[0]?.trim() ?? '';
    if (pair.startsWith(`${HAWKEYE_SESSION_COOKIE}=`)) return pair;
  }
  return undefined;
}
