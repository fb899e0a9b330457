import type { EnvironmentKind } from './deployment-environment.js';

/**
 * The Redis clusters of an environment, by role (spec/operations.md §1, §4 `6-elasticaches`).
 * Node types are the current generation of the original's (m4.large → m6g.large,
 * t2.small → t4g.small, t2.micro → t4g.micro). The original's fourth, email-tagger, has no
 * service in this engine.
 */
export const REDIS_ROLES = {
  main: {
    purpose: 'claim-check store for NATS payloads over max_payload, and short-lived caches',
    nodeType: { production: 'cache.m6g.large', ephemeral: 'cache.t4g.micro' },
  },
  'customer-cache': {
    purpose: 'client to edge/device maps of customer-cache, kept across restarts',
    nodeType: { production: 'cache.t4g.small', ephemeral: 'cache.t4g.micro' },
  },
  'tnba-feedback': {
    purpose: 'what tnba-feedback already sent to T7',
    nodeType: { production: 'cache.t4g.small', ephemeral: 'cache.t4g.micro' },
  },
} as const satisfies Record<
  string,
  { purpose: string; nodeType: Readonly<Record<EnvironmentKind, string>> }
>;
export type RedisRole = keyof typeof REDIS_ROLES;

export const REDIS_ROLE_NAMES = Object.keys(REDIS_ROLES) as RedisRole[];
export const REDIS_PORT = 6379;
export const REDIS_ENGINE_VERSION = '7.1';
