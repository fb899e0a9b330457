import { describe, expect, it } from 'vitest';
import { closeLogger, createLogger } from '@automation-engine/observability';
import { captureStream as logSink } from '@automation-engine/testing';

const identity = { service: 'bruin-bridge', environment: 'dev', version: '1.2.3' };

describe('createLogger', () => {
  it('writes JSON lines that carry service, environment and version', () => {
    const sink = logSink();
    const logger = createLogger({ ...identity, destination: sink.stream });
    logger.info({ ticketId: 42 }, 'note appended');
    const [line] = sink.lines();
    expect(line).toMatchObject({ ...identity, ticketId: 42, msg: 'note appended' });
  });

  it('writes the level as its label and the time in ISO 8601', () => {
    const sink = logSink();
    const logger = createLogger({ ...identity, destination: sink.stream });
    logger.warn('slow vendor');
    const [line] = sink.lines();
    expect(line?.level).toBe('warn');
    expect(line?.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('keeps the base fields on child loggers', () => {
    const sink = logSink();
    const logger = createLogger({ ...identity, destination: sink.stream });
    logger.child({ cycle: 'outage' }).error('cycle failed');
    expect(sink.lines()[0]).toMatchObject({ ...identity, cycle: 'outage', level: 'error' });
  });

  it('logs at info by default and honours a chosen level', () => {
    const sink = logSink();
    createLogger({ ...identity, destination: sink.stream }).debug('hidden');
    createLogger({ ...identity, level: 'debug', destination: sink.stream }).debug('shown');
    expect(sink.lines().map((line) => line.msg)).toEqual(['shown']);
  });

  it('closes a logger without Papertrail by flushing it', async () => {
    const sink = logSink();
    const logger = createLogger({ ...identity, destination: sink.stream });
    logger.info('last words');
    await closeLogger(logger);
    expect(sink.lines()).toHaveLength(1);
  });
});
