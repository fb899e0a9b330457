/* eslint-disable no-console */
import { fileURLToPath } from 'node:url';
import { App } from 'aws-cdk-lib';
import { readAppSettings } from './app-settings.js';
import { buildApp } from './build-app.js';
import { contextFromArgv } from './context-from-argv.js';
import { InfraError } from './errors.js';

// Under the cdk CLI, CDK_OUTDIR and CDK_CONTEXT_JSON are set and App reads them itself; run
// directly (`pnpm --filter @automation-engine/infra-as-code synth -- -c environment=…`), the
// context comes from argv and the assembly goes to infra-as-code/cdk.out.
const outdir =
  process.env['CDK_OUTDIR'] === undefined
    ? fileURLToPath(new URL('../cdk.out', import.meta.url))
    : undefined;
const app = new App({
  context: contextFromArgv(process.argv.slice(2)),
  ...(outdir === undefined ? {} : { outdir }),
});

try {
  const { settings, warnings } = readAppSettings((key) => app.node.tryGetContext(key), process.env);
  for (const warning of warnings) console.warn(`warning: ${warning}`);
  const stacks = buildApp(app, settings);
  const assembly = app.synth();
  console.log(
    `synthesized ${assembly.stacks.map((stack) => stack.stackName).join(', ')} to ${assembly.directory} (environment ${stacks.environment.stackName})`,
  );
} catch (error) {
  if (!(error instanceof InfraError)) throw error;
  console.error(`${error.code}: ${error.message}`);
  process.exitCode = 1;
}
