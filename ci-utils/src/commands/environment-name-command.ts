import { parseArgs } from 'node:util';
import { resolveEnvironment } from '../environment-name.js';
import { EXIT_CODES, type Command } from './cli-io.js';
import { branchFrom, withUsageErrors } from './parse-command-args.js';

/** `environment-name [<branch>] [--branch <b>]`: the environment a branch deploys to, as JSON. */
export const environmentNameCommand: Command = (args, io) => {
  const { values, positionals } = withUsageErrors(() =>
    parseArgs({
      args: [...args],
      options: { branch: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    }),
  );
  const branch = branchFrom({ flag: values.branch, positional: positionals[0] }, io.env);
  io.stdout(`${JSON.stringify(resolveEnvironment(branch), null, 2)}\n`);
  return Promise.resolve(EXIT_CODES.ok);
};
