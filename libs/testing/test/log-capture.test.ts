import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { captureLogger, captureStream, LEVEL } from '@automation-engine/testing';

describe('log capture', () => {
  it('captureLogger keeps every line from debug up, parsed', () => {
    const { logger, lines, raw } = captureLogger();
    logger.trace('not kept');
    logger.debug({ serial: 'VC01' }, 'checked');
    logger.warn('late');
    expect(lines()).toEqual([
      expect.objectContaining({ level: LEVEL.debug, serial: 'VC01', msg: 'checked' }),
      expect.objectContaining({ level: LEVEL.warn, msg: 'late' }),
    ]);
    expect(raw().split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('captureStream is a destination for a logger of the test’s own', () => {
    const captured = captureStream();
    pino({ level: 'info' }, captured.stream).info({ ok: true }, 'done');
    expect(captured.lines()).toEqual([expect.objectContaining({ ok: true, msg: 'done' })]);
  });
});
