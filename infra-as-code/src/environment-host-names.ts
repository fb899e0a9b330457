import { isProduction, type DeploymentEnvironment } from './deployment-environment.js';

/**
 * The host labels an environment owns in the public zone (spec/operations.md §0). Production owns
 * grafana, prometheus, email-tagger and oreilly. An ephemeral environment owns `<id>-dev` and
 * `oreilly-<id>`; `grafana-dev` and `prometheus-dev` belong to the dev cluster's monitoring
 * stack, shared by every ephemeral environment, so no environment stack creates them.
 * (ci-utils `environmentHosts` gives the same names to the deploy job.)
 */
export function environmentHostLabels(environment: DeploymentEnvironment): string[] {
  if (isProduction(environment)) return ['grafana', 'prometheus', 'email-tagger', 'oreilly'];
  return [`${environment.id}-dev`, `oreilly-${environment.id}`];
}
