import { Command, type Redis } from 'ioredis';
import { newShortId } from '@automation-engine/contracts';
import { ClaimCheckExpiredError, ClaimCheckStoreError } from './errors.js';
import { BulkReader, bulkReaderTarget, type PooledBytes } from './bulk-reader.js';
import { decodeText, type EncodedJson, payloadBuffers } from './json-codec.js';
import type { PayloadBufferPool } from './payload-buffer-pool.js';

export const DEFAULT_CLAIM_CHECK_TTL_SECONDS = 300;

// A token is tiny; only small messages that mention the marker are parsed to check.
const TOKEN_MAX_BYTES = 1_024;
const MARKER = Buffer.from('"is_stored"');

export interface ClaimCheckOptions {
  redis: Redis;
  /** Seconds a stored payload lives (the original: 300). */
  ttlSeconds?: number;
  /** Where fetched payloads are read into (default: the process's payload pool). */
  pool?: PayloadBufferPool;
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
  private readonly pool: PayloadBufferPool;
  /** undefined: not opened yet; false: not usable with this client, or closed. */
  private reader: BulkReader | false | undefined;

  constructor(options: ClaimCheckOptions) {
    this.redis = options.redis;
    this.ttlSeconds = options.ttlSeconds ?? DEFAULT_CLAIM_CHECK_TTL_SECONDS;
    this.pool = options.pool ?? payloadBuffers;
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

  /**
   * Returns the stored payload behind a token, read by the bulk reader where it can stand in for
   * the ioredis client (plain TCP or a Unix socket). `release()` it once decoded.
   */
  async fetch(subject: string, key: string): Promise<PooledBytes> {
    let stored: PooledBytes | null;
    try {
      const reader = this.bulkReader();
      stored = reader ? await reader.get(key) : unpooledBytes(await this.redis.getBuffer(key));
    } catch (error) {
      throw new ClaimCheckStoreError(subject, (error as Error).message, { cause: error });
    }
    if (stored === null) throw new ClaimCheckExpiredError(subject, key);
    return stored;
  }

  /** Closes the bulk reader's connection (the ioredis client is its owner's to close). */
  close(): void {
    if (this.reader) this.reader.close();
    this.reader = false;
  }

  /** Opened on the first fetch: most services never receive a claim-checked payload. */
  private bulkReader(): BulkReader | undefined {
    if (this.reader === undefined) {
      const target = bulkReaderTarget(this.redis);
      this.reader = target ? new BulkReader({ target, pool: this.pool }) : false;
    }
    return this.reader || undefined;
  }
}

function unpooledBytes(bytes: Buffer | null): PooledBytes | null {
  return bytes === null ? null : { bytes, release: () => undefined };
}
