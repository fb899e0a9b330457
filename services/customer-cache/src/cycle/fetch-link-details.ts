import type { Logger } from 'pino';
import type { CachedLinkConfiguration } from '@automation-engine/contracts/customer-cache';
import { logicalIdsOf, type LogicalId } from '../decisions/logical-ids-of.js';
import { edgeKey, type VeloEdge } from '../decisions/velo-edge.js';
import type { VelocloudRepository } from '../repositories/velocloud-repository.js';
import { mapLimited } from './map-limited.js';

export interface LinkDetails {
  /** By edge key: the edge's links and logical ids (none when its enterprise failed). */
  logicalIds: Map<string, LogicalId[]>;
  /** By edge key: the WAN links configuration (none when the request failed). */
  linksConfiguration: Map<string, CachedLinkConfiguration[]>;
}

/**
 * VeloCloud phase 3–4 of a refresh (spec §10.3): the logical ids of the links (one request per
 * enterprise) and the links configuration (one per edge), at most `concurrency` requests to
 * velocloud-bridge at once.
 */
export async function fetchLinkDetails(spec: {
  velocloud: VelocloudRepository;
  edges: readonly VeloEdge[];
  concurrency: number;
  logger: Logger;
  signal?: AbortSignal;
}): Promise<LinkDetails> {
  const { velocloud, concurrency, signal } = spec;
  const aborting = signal === undefined ? {} : { signal };
  const enterprises = new Map<string, { host: string; enterprise_id: number }>();
  for (const { edge } of spec.edges) {
    enterprises.set(`${edge.host}#${String(edge.enterprise_id)}`, {
      host: edge.host,
      enterprise_id: edge.enterprise_id,
    });
  }
  const logicalIds = new Map<string, LogicalId[]>();
  await mapLimited({
    items: [...enterprises.values()],
    limit: concurrency,
    ...aborting,
    task: async (enterprise) => {
      const reply = await velocloud.enterpriseEdges(enterprise.host, enterprise.enterprise_id);
      if (!reply.ok) return;
      for (const [key, ids] of logicalIdsOf(enterprise, reply.body)) logicalIds.set(key, ids);
    },
  });
  spec.logger.info({ enterprises: enterprises.size }, 'velocloud logical ids collected');

  const linksConfiguration = new Map<string, CachedLinkConfiguration[]>();
  await mapLimited({
    items: spec.edges,
    limit: concurrency,
    ...aborting,
    task: async ({ edge }) => {
      const reply = await velocloud.linksConfiguration(edge);
      if (!reply.ok) return;
      linksConfiguration.set(
        edgeKey(edge),
        reply.body.map((link) => ({
          interfaces: link.interfaces,
          mode: link.mode,
          type: link.type,
        })),
      );
    },
  });
  spec.logger.info({ edges: linksConfiguration.size }, 'velocloud links configuration collected');
  return { logicalIds, linksConfiguration };
}
