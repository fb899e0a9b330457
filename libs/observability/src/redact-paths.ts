/** Keys whose values never reach a log line, wherever they sit in the top three levels. */
export const REDACTED_KEYS = [
  'password',
  'pass',
  'token',
  'access_token',
  'refresh_token',
  'authorization',
  'Authorization',
  'cookie',
  'Cookie',
  'set-cookie',
  'Set-Cookie',
  'secret',
  'client_secret',
  'api_key',
  'apiKey',
  'x-api-key',
  'nkey',
  'seed',
  'credentials',
] as const;

export const REDACTION_CENSOR = '[redacted]';

// An axios error (logged as `err`, or its `config` logged as a field) carries the request it made: its headers, basic auth and body
// (a login body holds the password as a JSON string, which no key path can reach inside).
const AXIOS_SECRETS = ['config.headers', 'config.auth', 'config.data'] as const;
const ERROR_KEYS = ['', 'err.', 'error.', 'err.response.', 'error.response.'] as const;

function segment(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `["${key}"]`;
}

function at(prefix: string, key: string): string {
  const path = `${prefix}${segment(key)}`;
  return path.startsWith('.') ? path.slice(1) : path;
}

function axiosPaths(): string[] {
  return ERROR_KEYS.flatMap((errorKey) =>
    AXIOS_SECRETS.flatMap((secret) =>
      secret === 'config.headers'
        ? ['authorization', 'Authorization', 'cookie', 'Cookie'].map((h) =>
            at(`${errorKey}${secret}`, h),
          )
        : [`${errorKey}${secret}`],
    ),
  );
}

/**
 * pino redaction paths, compiled once when a logger is built: each key at the top level, one and
 * two levels down (`password`, `*.password`, `*.*.password`, which covers `req.headers.cookie` and
 * `config.headers.Authorization`), plus the secrets an axios error carries under `err`.
 */
export const redactPaths: readonly string[] = Object.freeze([
  ...REDACTED_KEYS.flatMap((key) => [at('', key), at('*', key), at('*.*', key)]),
  ...axiosPaths(),
]);
