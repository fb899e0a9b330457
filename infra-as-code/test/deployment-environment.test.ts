import { describe, expect, it } from 'vitest';
import { parseEnvironmentName } from '../src/deployment-environment.js';
import { environmentHostLabels } from '../src/environment-host-names.js';
import { InfraError } from '../src/errors.js';

describe('parseEnvironmentName', () => {
  it('reads automation-master as production on the production cluster', () => {
    expect(parseEnvironmentName('automation-master')).toEqual({
      name: 'automation-master',
      kind: 'production',
      id: 'production',
      runtimeName: 'production',
      clusterType: 'production',
      namespace: 'automation-engine',
    });
  });

  it('reads automation-<8 hex> as an ephemeral environment on the dev cluster', () => {
    expect(parseEnvironmentName('automation-ab12cd34')).toEqual({
      name: 'automation-ab12cd34',
      kind: 'ephemeral',
      id: 'ab12cd34',
      runtimeName: 'ab12cd34',
      clusterType: 'dev',
      namespace: 'automation-engine-ab12cd34',
    });
  });

  it.each([
    'automation-AB12CD34',
    'automation-ab12cd3',
    'automation-ab12cd345',
    'automation-production',
    'dev/feature/x',
    '',
  ])('refuses %j and says how to compute a name', (name) => {
    expect(() => parseEnvironmentName(name)).toThrow(InfraError);
    expect(() => parseEnvironmentName(name)).toThrow(/ci-utils\/src\/cli\.ts environment-name/);
  });
});

describe('environmentHostLabels', () => {
  it('gives production its four hosts', () => {
    expect(environmentHostLabels(parseEnvironmentName('automation-master'))).toEqual([
      'grafana',
      'prometheus',
      'email-tagger',
      'oreilly',
    ]);
  });

  it('gives an ephemeral environment <id>-dev and oreilly-<id>, leaving the shared dev hosts alone', () => {
    expect(environmentHostLabels(parseEnvironmentName('automation-ab12cd34'))).toEqual([
      'ab12cd34-dev',
      'oreilly-ab12cd34',
    ]);
  });
});
