import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Workspace packages export their TypeScript source under the "source" condition, so tests run
// on source without a build step (see docs/adr/0002-build-and-run.md).
const conditions = ['source', ...defaultServerConditions];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['source'] } },
  test: {
    include: [
      'libs/*/test/**/*.test.ts',
      'services/*/test/**/*.test.ts',
      'simulators/test/**/*.test.ts',
      'ci-utils/test/**/*.test.ts',
      'infra-as-code/test/**/*.test.ts',
      'acceptance-tests/test/**/*.test.ts',
      'scripts/test/**/*.test.ts',
    ],
    globalSetup: ['libs/testing/src/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    coverage: {
      provider: 'v8',
      include: ['libs/*/src/**/*.ts', 'services/*/src/**/*.ts', 'simulators/src/**/*.ts'],
      // Entry points and the vitest global setup only wire; what they wire is tested.
      exclude: ['**/main.ts', '**/index.ts', 'libs/testing/src/global-setup.ts'],
      reporter: ['text-summary', 'json-summary', 'json'],
      reportsDirectory: 'coverage',
    },
  },
});
