const LEVEL_LABEL: Record<string, string> = {
  '10': 'TRACE',
  '20': 'DEBUG',
  '30': 'INFO ',
  '40': 'WARN ',
  '50': 'ERROR',
  '60': 'FATAL',
  trace: 'TRACE',
  debug: 'DEBUG',
  info: 'INFO ',
  warn: 'WARN ',
  error: 'ERROR',
  fatal: 'FATAL',
};
const BASE_FIELDS = new Set([
  'level',
  'time',
  'msg',
  'service',
  'environment',
  'version',
  'pid',
  'hostname',
]);

function short(value: unknown): string {
  if (typeof value === 'string') return value.length > 120 ? `${value.slice(0, 117)}...` : value;
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/**
 * One readable line from a service's pino JSON line: `[name] 12:00:01 INFO  message key=value`.
 * Lines that are not JSON pass through behind the prefix.
 */
export function formatLogLine(name: string, line: string): string {
  const prefix = `[${name}]`;
  let record: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(line);
    if (typeof parsed !== 'object' || parsed === null) return `${prefix} ${line}`;
    record = parsed as Record<string, unknown>;
  } catch {
    return `${prefix} ${line}`;
  }
  const time = typeof record['time'] === 'string' ? record['time'].slice(11, 19) : '';
  const level = LEVEL_LABEL[String(record['level'])] ?? String(record['level']);
  const extras = Object.entries(record)
    .filter(([key]) => !BASE_FIELDS.has(key))
    .map(([key, value]) => `${key}=${short(value)}`)
    .join(' ');
  const message = typeof record['msg'] === 'string' ? record['msg'] : '';
  return `${prefix} ${time} ${level} ${message}${extras === '' ? '' : `  ${extras}`}`;
}
