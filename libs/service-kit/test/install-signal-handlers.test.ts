import { EventEmitter } from 'node:events';
import { pino } from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { installSignalHandlers } from '../src/install-signal-handlers.js';

function setup(stop: () => Promise<void>, timeoutSeconds = 30) {
  const target = new EventEmitter();
  const exit = vi.fn<(code: number) => void>();
  installSignalHandlers({
    stop,
    logger: pino({ level: 'silent' }),
    timeoutSeconds,
    target,
    exit,
  });
  return { target, exit };
}

describe('installSignalHandlers', () => {
  it('drains on SIGTERM and exits 0', async () => {
    const stop = vi.fn(() => Promise.resolve());
    const { target, exit } = setup(stop);
    target.emit('SIGTERM', 'SIGTERM');
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0));
    expect(stop).toHaveBeenCalledOnce();
  });

  it('exits 1 at once on a second signal', () => {
    const { target, exit } = setup(() => new Promise(() => undefined));
    target.emit('SIGINT', 'SIGINT');
    target.emit('SIGINT', 'SIGINT');
    expect(exit).toHaveBeenCalledWith(1);
  });

  it('exits 1 when the stop fails', async () => {
    const { target, exit } = setup(() => Promise.reject(new Error('drain failed')));
    target.emit('SIGTERM', 'SIGTERM');
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(1));
  });

  it('exits 1 when the stop outlasts the timeout', () => {
    vi.useFakeTimers();
    try {
      const { target, exit } = setup(() => new Promise(() => undefined), 5);
      target.emit('SIGTERM', 'SIGTERM');
      vi.advanceTimersByTime(5_000);
      expect(exit).toHaveBeenCalledWith(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps serving after an unhandled rejection, exits 1 after an uncaught exception', () => {
    const { target, exit } = setup(() => Promise.resolve());
    target.emit('unhandledRejection', new Error('one request went wrong'));
    expect(exit).not.toHaveBeenCalled();
    target.emit('uncaughtException', new Error('state unknown'));
    expect(exit).toHaveBeenCalledWith(1);
  });
});
