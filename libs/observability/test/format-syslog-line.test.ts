import { describe, expect, it } from 'vitest';
import { formatSyslogLine, severityOfPinoLevel } from '@automation-engine/observability';

const base = {
  time: new Date('2024-05-01T12:00:00.000Z'),
  hostname: 'pod-1',
  appName: 'production-bruin-bridge',
  procId: 7,
  message: '{"level":"info","msg":"hi"}\n',
};

describe('formatSyslogLine', () => {
  it('writes an RFC 5424 line with the JSON as message, newline-terminated', () => {
    expect(formatSyslogLine({ ...base, level: 30 })).toBe(
      '<14>1 2024-05-01T12:00:00.000Z pod-1 production-bruin-bridge 7 - - {"level":"info","msg":"hi"}\n',
    );
  });

  it.each([
    [10, 15],
    [20, 15],
    [30, 14],
    [40, 12],
    [50, 11],
    [60, 10],
  ])('maps pino level %i to PRI %i in the user facility', (level, pri) => {
    expect(formatSyslogLine({ ...base, level }).startsWith(`<${pri}>1 `)).toBe(true);
  });

  it('maps pino levels to syslog severities', () => {
    expect([10, 20, 30, 40, 50, 60].map(severityOfPinoLevel)).toEqual([7, 7, 6, 4, 3, 2]);
  });

  it('keeps header fields printable, without spaces, bounded, and "-" when empty', () => {
    const line = formatSyslogLine({
      ...base,
      level: 30,
      hostname: '',
      appName: `my app ${'x'.repeat(60)}`,
      procId: 'é',
    });
    const [, , hostname, appName, procId] = line.split(' ');
    expect(hostname).toBe('-');
    expect(appName).toBe(`my-app-${'x'.repeat(41)}`);
    expect(procId).toBe('-');
  });

  it('never lets a message span two lines', () => {
    const line = formatSyslogLine({ ...base, level: 30, message: 'a\nb\r\nc\n' });
    expect(line.endsWith(' a b c\n')).toBe(true);
  });
});
