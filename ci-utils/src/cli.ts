#!/usr/bin/env tsx
/* eslint-disable no-console */
import { runCli } from './run-cli.js';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => {
    process.stdout.write(text);
  },
  stderr: (text) => {
    console.error(text.replace(/\n$/, ''));
  },
  env: process.env,
  cwd: process.cwd(),
  fetch,
});
