/** The public DNS zone every environment's host names live in. */
export const PUBLIC_ZONE = 'mettel-automation.net';

/** An environment's public host names (fully qualified). */
export interface EnvironmentHosts {
  grafana: string;
  prometheus: string;
  /** The environment's own ingress host (email-tagger's in the original). */
  app: string;
  /** The links-metrics API host (the O'Reilly integration in the original). */
  oreilly: string;
}

/**
 * Host names per environment: production owns the bare names; ephemeral environments share
 * `grafana-dev`/`prometheus-dev` (one monitoring stack per dev cluster) and get `<id>-dev` and
 * `oreilly-<id>` of their own.
 */
export function environmentHosts(environment: {
  isEphemeral: boolean;
  environmentId: string;
}): EnvironmentHosts {
  const fqdn = (label: string): string => `${label}.${PUBLIC_ZONE}`;
  if (!environment.isEphemeral) {
    return {
      grafana: fqdn('grafana'),
      prometheus: fqdn('prometheus'),
      app: fqdn('email-tagger'),
      oreilly: fqdn('oreilly'),
    };
  }
  const id = environment.environmentId;
  return {
    grafana: fqdn('grafana-dev'),
    prometheus: fqdn('prometheus-dev'),
    app: fqdn(`${id}-dev`),
    oreilly: fqdn(`oreilly-${id}`),
  };
}
