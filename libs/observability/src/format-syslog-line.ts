/** RFC 5424 severities. */
export const SYSLOG_SEVERITY = {
  emerg: 0,
  alert: 1,
  crit: 2,
  err: 3,
  warning: 4,
  notice: 5,
  info: 6,
  debug: 7,
} as const;
export type SyslogSeverity = (typeof SYSLOG_SEVERITY)[keyof typeof SYSLOG_SEVERITY];

const USER_FACILITY = 1;

/** pino's numeric level → syslog severity: fatal→crit, error→err, warn→warning, info, else debug. */
export function severityOfPinoLevel(level: number): SyslogSeverity {
  if (level >= 60) return SYSLOG_SEVERITY.crit;
  if (level >= 50) return SYSLOG_SEVERITY.err;
  if (level >= 40) return SYSLOG_SEVERITY.warning;
  if (level >= 30) return SYSLOG_SEVERITY.info;
  return SYSLOG_SEVERITY.debug;
}

export interface SyslogRecord {
  /** pino's numeric level. */
  level: number;
  time: Date;
  hostname: string;
  appName: string;
  procId: string | number;
  /** One log line (pino's JSON); its trailing newline is dropped. */
  message: string;
}

// Header fields are printable US-ASCII without spaces, of bounded length, and "-" when empty.
function headerField(value: string, maxLength: number): string {
  const clean = value.replace(/[^\x21-\x7e]/g, '-').slice(0, maxLength);
  return clean === '' ? '-' : clean;
}

/** `<PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID - - MESSAGE\n` with the user facility. */
export function formatSyslogLine(record: SyslogRecord): string {
  const pri = USER_FACILITY * 8 + severityOfPinoLevel(record.level);
  const header = [
    `<${pri}>1`,
    record.time.toISOString(),
    headerField(record.hostname, 255),
    headerField(record.appName, 48),
    headerField(String(record.procId), 128),
    '-',
    '-',
  ].join(' ');
  const message = record.message.replace(/\r?\n$/, '').replace(/[\r\n]+/g, ' ');
  return `${header} ${message}\n`;
}
