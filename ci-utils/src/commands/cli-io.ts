/** What a command may touch: its output streams, the environment, and the network. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  fetch: typeof fetch;
}

/** A command: parses its own arguments and returns the process exit code. */
export type Command = (args: readonly string[], io: CliIo) => Promise<number>;

export const EXIT_CODES = { ok: 0, failed: 1, usage: 2 } as const;
