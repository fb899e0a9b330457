import { envInt } from './env-int.js';

export interface EnvPortOptions {
  /** Accept `0` ("any free port"), useful for tests. Defaults to false. */
  allowZero?: boolean;
}

/** A TCP port, 1–65535 (0–65535 with `allowZero`). */
export function envPort(options: EnvPortOptions = {}) {
  return envInt({ min: options.allowZero === true ? 0 : 1, max: 65_535 });
}
