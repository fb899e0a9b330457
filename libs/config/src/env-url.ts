import { requiredString } from './required-string.js';

export interface EnvUrlOptions {
  /** Accepted schemes, with or without the colon: `['nats', 'tls']`. Any scheme when omitted. */
  protocols?: readonly string[];
}

// `localhost:4222` parses as a URL whose scheme is "localhost:"; insisting on `scheme://` catches it.
function protocolOf(text: string): string | undefined {
  if (!/^[a-z][a-z\d+.-]*:\/\//i.test(text)) return undefined;
  try {
    return new URL(text).protocol;
  } catch {
    return undefined;
  }
}

/** An absolute `scheme://` URL (kept as the trimmed string), optionally restricted to some schemes. */
export function envUrl(options: EnvUrlOptions = {}) {
  const protocols = options.protocols?.map((p) => (p.endsWith(':') ? p : `${p}:`).toLowerCase());
  const message =
    protocols === undefined
      ? 'must be an absolute URL (scheme://…)'
      : `must be a URL with protocol ${protocols.join(' or ')}`;
  return requiredString()
    .trim()
    .refine(
      (text) => {
        const protocol = protocolOf(text);
        return protocol !== undefined && (protocols === undefined || protocols.includes(protocol));
      },
      { message },
    );
}
