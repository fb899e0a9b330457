import { EngineError } from '@automation-engine/contracts';
import { digiReboot, getDigiRecoveryLogs } from '@automation-engine/contracts/digi';
import { describe, expect, it } from 'vitest';
import { digiBridgeSettings } from '../src/config.js';
import { digiHeaders, pascalCase } from '../src/digi-client/digi-headers.js';
import { mapDigiFailure } from '../src/digi-client/map-digi-failure.js';
import { rebootRefused } from '../src/handlers/reboot-device.js';

const answered = (status: number, data: unknown) =>
  Object.assign(new Error(`status ${String(status)}`), {
    isAxiosError: true,
    response: { status, data },
  });

describe('DiGi headers', () => {
  it.each([
    ['velo_serial', 'VeloSerial'],
    ['ticket', 'Ticket'],
    ['MAC', 'MAC'],
    ['igzID', 'IgzID'],
    ['start_date_time', 'StartDateTime'],
    ['size', 'Size'],
  ])('%s → %s', (key, header) => {
    expect(pascalCase(key)).toBe(header);
  });

  it('sends every value as text and leaves out null and undefined', () => {
    expect(digiHeaders({ size: 999, offset: '0', igz_id: null, other: undefined })).toEqual({
      Size: '999',
      Offset: '0',
    });
  });
});

describe('reboot answers', () => {
  it.each([
    [[{ Message: 'Reboot request accepted' }, { Message: 'Success' }], false],
    [[{ Message: 'Reboot request Aborted: busy' }], true],
    [[{ Message: 'Reboot request failed', error: 'unreachable' }], true],
    [[{ Message: 'ok', error: null }], false],
    [[{}], false],
  ])('%o refused: %s', (messages, refused) => {
    expect(rebootRefused(messages)).toBe(refused);
  });
});

describe('mapDigiFailure', () => {
  it('keeps an EngineError', () => {
    const engine = new EngineError('INTERNAL', 'bug');
    expect(mapDigiFailure(engine)).toBe(engine);
  });

  it('answers 500 with DiGi body, or the status text when DiGi sent none', () => {
    expect(mapDigiFailure(answered(404, { error: 'not_found' }))).toMatchObject({
      status: 500,
      body: { error: 'not_found' },
    });
    expect(mapDigiFailure(answered(500, ''))).toMatchObject({
      status: 500,
      body: 'DiGi answered 500',
    });
  });

  it('answers 401 to a 401 that survived the new login', () => {
    expect(mapDigiFailure(answered(401, {}))).toMatchObject({
      status: 401,
      body: 'Got 401 from DiGi',
    });
  });
});

describe('contracts', () => {
  it('echo request_id on the logs only (digi.reboot echoes igzID in the original)', () => {
    expect(getDigiRecoveryLogs.echoRequestId).toBe(true);
    expect(digiReboot.echoRequestId).toBe(false);
    expect(digiReboot.timeoutMs).toBe(150_000);
  });

  it('require the reboot parameters', () => {
    expect(digiReboot.request.safeParse({ velo_serial: 'VC1', ticket: '1' }).success).toBe(false);
    expect(
      digiReboot.request.safeParse({ velo_serial: 'VC1', ticket: '1', MAC: 'm' }).success,
    ).toBe(true);
  });
});

describe('digiBridgeSettings', () => {
  it('drops trailing slashes of the base URL', () => {
    expect(
      digiBridgeSettings({
        DIGI_BASE_URL: 'https://digi.example/',
        DIGI_CLIENT_ID: 'id',
        DIGI_CLIENT_SECRET: 'secret',
        DIGI_TIMEOUT_MS: 1,
        DIGI_RETRIES: 2,
        DIGI_RETRY_BASE_DELAY_MS: 3,
        DIGI_CONCURRENCY: 4,
      }),
    ).toEqual({
      baseUrl: 'https://digi.example',
      clientId: 'id',
      clientSecret: 'secret',
      timeoutMs: 1,
      retries: 2,
      retryBaseDelayMs: 3,
      concurrency: 4,
    });
  });
});
