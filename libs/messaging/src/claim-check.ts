import { Command, type Redis } from 'ioredis';
import { newShortId } from '@automation-engine/contracts';
import { ClaimCheckExpiredError, ClaimCheckStoreError } from './errors.js';
import { decodeText, type EncodedJson } from './json-codec.js';

export const DEFAULT_CLAIM_CHECK_TTL_SECONDS = 300;

// A token is tiny; only small messages that mention the marker are parsed to check.
const TOKEN_MAX_BYTES = 1_024;
const MARKER = Buffer.from('"is_stored"');

export interface ClaimCheckOptions {
  redis: Redis;
  /** Seconds a stored payload lives (the original: 300). */
  ttlSeconds?: number;
}

function mentionsMarker(data: Uint8Array): boolean {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).includes(MARKER);
}

/** The token a stored payload travels as: the original's exact bytes (Python json.dumps). */
export function claimCheckToken(key: string): Uint8Array {
  return new TextEncoder().encode(`{"is_stored": true, "token": ${JSON.stringify(key)}}`);
}

/** Returns the key when `data` is a claim-check token, else undefined. */
export function readClaimCheckToken(data: Uint8Array): string | undefined {
  if (data.byteLength > TOKEN_MAX_BYTES || !mentionsMarker(data)) return undefined;
  try {
    const parsed: unknown = JSON.parse(decodeText(data));
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { is_stored: isStored, token } = parsed as { is_stored?: unknown; token?: unknown };
    if (isStored !== true || (typeof token !== 'string' && typeof token !== 'number'))
      return undefined;
    return String(token);
  } catch {
    return undefined;
  }
}

/**
 * A SET whose RESP bytes are already framed around the payload: ioredis would otherwise copy a
 * 20 MB payload into a new buffer of its own (ADR 0003). ioredis's own Script command overrides
 * toWritable the same way.
 */
class FramedSetCommand extends Command {
  readonly #framed: Buffer;

  constructor(args: [string, Buffer, 'EX', string], framed: Buffer) {
    super('set', args);
    this.#framed = framed;
  }

  override toWritable(): Buffer {
    return this.#framed;
  }
}

/**
 * The claim-check of spec/bridges.md §1.5: a payload larger than the server's max_payload is
 * stored in Redis (`SET <shortuuid> <payload> EX 300`) and only the token travels; the receiver
 * swaps it back. Keys are not deleted on read: they expire, as in the original, so a redelivered
 * token still resolves.
 */
export class ClaimCheck {
  readonly ttlSeconds: number;
  private readonly redis: Redis;

  constructor(options: ClaimCheckOptions) {
    this.redis = options.redis;
    this.ttlSeconds = options.ttlSeconds ?? DEFAULT_CLAIM_CHECK_TTL_SECONDS;
  }

  /**
   * Stores the payload and returns the token bytes to send instead. The payload is released once
   * Redis has it (or has refused it).
   */
  async store(subject: string, payload: EncodedJson): Promise<{ key: string; token: Uint8Array }> {
    const key = newShortId();
    try {
      const framed = this.framedInPlace(payload, key);
      if (framed === undefined) {
        await this.redis.set(key, payload.bytes, 'EX', this.ttlSeconds);
      } else {
        const command = new FramedSetCommand(
          [key, payload.bytes, 'EX', String(this.ttlSeconds)],
          framed,
        );
        void this.redis.sendCommand(command);
        await command.promise;
      }
    } catch (error) {
      throw new ClaimCheckStoreError(subject, (error as Error).message, { cause: error });
    } finally {
      payload.release();
    }
    return { key, token: claimCheckToken(key) };
  }

  /**
   * `SET <key> <payload> EX <ttl>` as RESP, written into the spare bytes around the payload, or
   * undefined when there is no room (or a key prefix the client would add).
   */
  private framedInPlace(payload: EncodedJson, key: string): Buffer | undefined {
    if (this.redis.options.keyPrefix) return undefined;
    const { bytes } = payload;
    const ttl = String(this.ttlSeconds);
    const header = `*5\r\n$3\r\nSET\r\n$${String(Buffer.byteLength(key))}\r\n${key}\r\n$${String(bytes.length)}\r\n`;
    const trailer = `\r\n$2\r\nEX\r\n$${String(ttl.length)}\r\n${ttl}\r\n`;
    if (header.length > payload.spareBefore || trailer.length > payload.spareAfter) {
      return undefined;
    }
    const framed = Buffer.from(
      bytes.buffer,
      bytes.byteOffset - header.length,
      header.length + bytes.length + trailer.length,
    );
    framed.write(header, 0, 'latin1');
    framed.write(trailer, header.length + bytes.length, 'latin1');
    return framed;
  }

  /** Returns the stored payload behind a token. */
  async fetch(subject: string, key: string): Promise<Uint8Array> {
    let stored: Buffer | null;
    try {
      stored = await this.redis.getBuffer(key);
    } catch (error) {
      throw new ClaimCheckStoreError(subject, (error as Error).message, { cause: error });
    }
    if (stored === null) throw new ClaimCheckExpiredError(subject, key);
    return stored;
  }
}
