import { EngineError } from '@automation-engine/contracts';
import type { velocloudRequestEnterprisesNames } from '@automation-engine/contracts/velocloud';
import type { RequestHandler } from '@automation-engine/messaging';
import { vcoAggregatesResponse } from '@automation-engine/vendor-apis';
import { vcoFailure } from '../velocloud-client/vco-failure.js';
import type { VelocloudDeps } from '../velocloud-deps.js';
import { assembleEnterpriseNames, type HostPart } from './assemble-enterprise-names.js';

/**
 * `request.enterprises.names`: the enterprise names of every configured host (V10), asked of
 * all hosts at once. A host that fails is reported in a 500 reply next to the others' names.
 */
export function getEnterpriseNames(
  deps: VelocloudDeps,
): RequestHandler<typeof velocloudRequestEnterprisesNames> {
  return async ({ filter }, { logger }) => {
    const parts = await Promise.all(
      deps.hosts.names.map(async (host): Promise<HostPart> => {
        try {
          const aggregates = await deps.hosts
            .client(host)
            .post({ path: 'aggregates', body: {}, schema: vcoAggregatesResponse });
          return { host, ok: true, names: aggregates.enterprises.map((e) => e.name) };
        } catch (error) {
          const failure = vcoFailure(error, { host });
          logger.warn(
            { vco_host: host, status: failure.status, err: failure },
            'VCO host failed to list its enterprises',
          );
          return { host, ok: false, status: failure.status, error: failure.body };
        }
      }),
    );
    const answer = assembleEnterpriseNames(parts, filter);
    if (answer.kind === 'complete') return { status: 200, body: answer.names };
    const failedHosts = answer.body.failed_hosts.map((failure) => failure.host).join(', ');
    throw new EngineError('VENDOR_DOWN', `VeloCloud host(s) failed: ${failedHosts}`, {
      body: answer.body,
    });
  };
}
