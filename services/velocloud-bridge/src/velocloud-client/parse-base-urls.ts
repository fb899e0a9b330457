/**
 * Parses `VELOCLOUD_BASE_URLS`: a JSON object `{ "<host>": "<base URL>" }` overriding the
 * `https://<host>` a host is reached at (the lab serves each host on its own port). Throws an
 * `Error` saying what is wrong.
 */
export function parseBaseUrls(text: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error('must be a JSON object {"<host>": "<http(s) URL>"}');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error('must be a JSON object {"<host>": "<http(s) URL>"}');
  }
  const urls: Record<string, string> = {};
  for (const [host, url] of Object.entries(parsed)) {
    if (typeof url !== 'string' || !/^https?:\/\/[^\s/]+/.test(url)) {
      throw new Error(`the URL of ${host} must be an http:// or https:// URL`);
    }
    urls[host] = url.replace(/\/+$/, '');
  }
  return urls;
}

/** The base URL of a host: its override, else `https://<host>`. */
export function baseUrlOf(host: string, overrides: Readonly<Record<string, string>>): string {
  return overrides[host] ?? `https://${host}`;
}
