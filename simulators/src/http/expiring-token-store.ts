import { randomBytes } from 'node:crypto';
import type { LabClock } from '../clock/lab-clock.js';

/**
 * Credentials a simulator hands out (bearer tokens, session cookies) with their expiry in lab
 * time: unknown, revoked and expired ones are invalid.
 */
export class ExpiringTokenStore {
  readonly #clock: LabClock;
  readonly #ttlMs: number;
  readonly #prefix: string;
  readonly #expiries = new Map<string, number>();

  constructor(deps: { clock: LabClock; ttlSeconds: number; prefix?: string }) {
    this.#clock = deps.clock;
    this.#ttlMs = deps.ttlSeconds * 1000;
    this.#prefix = deps.prefix ?? '';
  }

  issue(): { token: string; expiresInSeconds: number } {
    const token = `${this.#prefix}${randomBytes(16).toString('hex')}`;
    this.#expiries.set(token, this.#clock.now() + this.#ttlMs);
    return { token, expiresInSeconds: Math.round(this.#ttlMs / 1000) };
  }

  isValid(token: string | null): boolean {
    if (token === null) return false;
    const expiry = this.#expiries.get(token);
    if (expiry === undefined) return false;
    if (this.#clock.now() >= expiry) {
      this.#expiries.delete(token);
      return false;
    }
    return true;
  }

  revoke(token: string | null): void {
    if (token !== null) this.#expiries.delete(token);
  }

  reset(): void {
    this.#expiries.clear();
  }
}

/** The token of an `authorization: Bearer <token>` header (scheme case-insensitive). */
export function bearerTokenOf(header: string | undefined): string | null {
  return /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1] ?? null;
}

/** `id:secret` of an `authorization: Basic …` header (scheme case-insensitive). */
export function basicCredentialsOf(
  header: string | undefined,
): { id: string; secret: string } | null {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (match?.[1] === undefined) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  return { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

/** A cookie's value from a `cookie` header. */
export function cookieOf(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}
