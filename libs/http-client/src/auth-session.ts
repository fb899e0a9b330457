import { AsyncLocalStorage } from 'node:async_hooks';
import { isAxiosError } from 'axios';
import type { Logger } from 'pino';
import { describeHttpError } from './describe-http-error.js';
import { VendorLoginError } from './errors.js';
import { hideRequestDetails } from './hide-request-details.js';

/** What a login yields: headers to attach to every request (a bearer token, a session cookie). */
export interface AuthCredentials {
  headers: Record<string, string>;
  /** When the vendor stops accepting them; absent means until a 401 says otherwise. */
  expiresAt?: Date;
}

export interface VendorAuth {
  /**
   * Logs in. It may call the vendor client itself: requests made while it runs skip the auth hook
   * (no headers attached, no re-login on 401), so it cannot recurse.
   */
  login(): Promise<AuthCredentials>;
}

/** Headers are renewed this long before `expiresAt`, so a request never leaves with a dying token. */
export const EXPIRY_MARGIN_MS = 60_000;

export interface SessionHeaders {
  headers: Record<string, string>;
  /** Increases with each login; a 401 for an older generation needs no new login. */
  generation: number;
}

interface Session extends SessionHeaders {
  expiresAtMs?: number;
}

/**
 * The credentials of one vendor client: logged in lazily, reused until they near expiry, renewed
 * once for any number of concurrent callers (single flight).
 */
export class AuthSession {
  readonly #auth: VendorAuth;
  readonly #vendor: string;
  readonly #logger: Logger;
  readonly #inLogin = new AsyncLocalStorage<true>();
  #session: Session | undefined;
  #pending: Promise<Session> | undefined;
  #generation = 0;

  constructor(options: { auth: VendorAuth; vendor: string; logger: Logger }) {
    this.#auth = options.auth;
    this.#vendor = options.vendor;
    this.#logger = options.logger;
  }

  /** True inside `login()`: the requests it makes must not wait for, or trigger, a login. */
  get loggingIn(): boolean {
    return this.#inLogin.getStore() === true;
  }

  /** Headers that are good to use now, logging in first if needed. */
  async headers(): Promise<SessionHeaders> {
    const session = this.#session;
    if (session && (session.expiresAtMs === undefined || Date.now() < session.expiresAtMs)) {
      return session;
    }
    return (this.#pending ??= this.#login().finally(() => {
      this.#pending = undefined;
    }));
  }

  /**
   * The vendor refused headers of `generation`. Logs in again unless someone already did, and
   * returns the headers to retry with.
   */
  async renew(generation: number | undefined): Promise<SessionHeaders> {
    if (this.#session?.generation === generation) this.#session = undefined;
    return this.headers();
  }

  async #login(): Promise<Session> {
    const started = performance.now();
    let credentials: AuthCredentials;
    try {
      credentials = await this.#inLogin.run(true, () => this.#auth.login());
    } catch (err) {
      // A login made with another axios instance: its config holds the credentials.
      if (isAxiosError(err)) hideRequestDetails(err);
      this.#logger.error(
        { vendor: this.#vendor, error: describeHttpError(err) },
        'vendor login failed',
      );
      throw new VendorLoginError(this.#vendor, { cause: err });
    }
    this.#generation += 1;
    const expiresAtMs =
      credentials.expiresAt === undefined
        ? undefined
        : credentials.expiresAt.getTime() - EXPIRY_MARGIN_MS;
    this.#session = {
      headers: { ...credentials.headers },
      generation: this.#generation,
      ...(expiresAtMs === undefined ? {} : { expiresAtMs }),
    };
    this.#logger.info(
      {
        vendor: this.#vendor,
        generation: this.#generation,
        expiresAt: credentials.expiresAt?.toISOString(),
        durationMs: Math.round(performance.now() - started),
      },
      'vendor login',
    );
    return this.#session;
  }
}
