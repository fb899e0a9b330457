import {
  booleanLabel,
  clientLabel,
  isBusinessGradeLabel,
  isByobLabel,
  isDigiLogicalId,
  labelValue,
  linkTypesLabel,
} from '@automation-engine/monitoring';
import type { CachedLogicalId } from '@automation-engine/contracts/customer-cache';
import type {
  LinkStatus,
  MonitoredEdge,
  OutageMetricLabel,
  OutageSettings,
  OutageType,
} from '../model.js';
import { isFaultyEdgeState, isFaultyLink } from '../status/classify-outage.js';

/** The VCO host whose business-grade link outages skip quarantine and go to HNOC at once. */
export const BUSINESS_GRADE_FAST_PATH_HOST = 'metvco04.mettel.net';

/** What the creation flow decides with, computed once per edge (§2.5 first paragraph). */
export interface EdgeFacts {
  serial: string;
  /** Null when the cache has no Bruin client (no ticket can be opened). */
  clientId: number | null;
  clientName: string | null;
  isEdgeDown: boolean;
  targetSeverity: number;
  /** A DiGi link is DISCONNECTED. */
  hasDigi: boolean;
  /** A BYOB (HNOC-blacklisted) link is DISCONNECTED. */
  hasByob: boolean;
  /** Types (`WIRED`/`WIRELESS`, null when unknown) of the DISCONNECTED links, distinct. */
  faultyLinkTypes: (string | null)[];
  /** Distinct DISCONNECTED interfaces. */
  faultyInterfaces: string[];
  /** Edge OFFLINE, or a DISCONNECTED link that is not BYOB. */
  shouldForwardToHnoc: boolean;
  /** Edge OFFLINE with every link DISCONNECTED (the "edge down" e-mail). */
  allLinksDown: boolean;
  /** A business-grade link is DISCONNECTED. */
  businessGradeLinkDown: boolean;
}

export function linkTypeOf(iface: string, edge: MonitoredEdge): string | null {
  return (
    edge.cached.links_configuration.find((config) => config.interfaces.includes(iface))?.type ??
    null
  );
}

export function hasBusinessGradeLinkDown(
  links: readonly LinkStatus[],
  labels: readonly string[],
): boolean {
  return links.some((link) => isFaultyLink(link) && isBusinessGradeLabel(link.displayName, labels));
}

/** The edge's DiGi links (logical ids with a DiGi prefix). */
export function digiLogicalIds(
  edge: MonitoredEdge,
  settings: Pick<OutageSettings, 'digiHeaders'>,
): CachedLogicalId[] {
  return edge.cached.logical_ids.filter((id) =>
    isDigiLogicalId(id.logical_id, settings.digiHeaders),
  );
}

export function edgeFactsOf(edge: MonitoredEdge, settings: OutageSettings): EdgeFacts {
  const { status, cached } = edge;
  const links = status.links;
  const faulty = links.filter(isFaultyLink);
  const isEdgeDown = isFaultyEdgeState(status.edgeState);
  const digiInterfaces = new Set(digiLogicalIds(edge, settings).map((id) => id.interface_name));
  const byob = (link: LinkStatus) => isByobLabel(link.displayName, settings.hnocBlacklistedLabels);
  return {
    serial: cached.serial_number,
    clientId: cached.bruin_client_info.client_id,
    clientName: cached.bruin_client_info.client_name ?? null,
    isEdgeDown,
    targetSeverity: isEdgeDown ? settings.severityEdgeDown : settings.severityLinkDown,
    hasDigi: faulty.some((link) => digiInterfaces.has(link.interface)),
    hasByob: faulty.some(byob),
    faultyLinkTypes: [...new Set(faulty.map((link) => linkTypeOf(link.interface, edge)))],
    faultyInterfaces: [...new Set(faulty.map((link) => link.interface))],
    shouldForwardToHnoc: isEdgeDown || faulty.some((link) => !byob(link)),
    allLinksDown: isEdgeDown && links.every(isFaultyLink),
    businessGradeLinkDown: hasBusinessGradeLinkDown(links, settings.businessGradeLinkLabels),
  };
}

/** Every label of a task counter for this edge (§2.11): static then dynamic. */
export function outageMetricLabels(spec: {
  settings: OutageSettings;
  edge: MonitoredEdge;
  facts: EdgeFacts;
  outageType: OutageType;
}): Record<OutageMetricLabel, string> {
  const { settings, edge, facts, outageType } = spec;
  return {
    feature: 'Service Outage Monitor',
    system: 'VeloCloud',
    topic: 'VOO',
    host: labelValue(settings.host === '' ? edge.cached.edge.host : settings.host),
    client: clientLabel(facts.clientName, settings),
    outage_type: outageType,
    severity: String(facts.targetSeverity),
    has_digi: booleanLabel(facts.hasDigi),
    has_byob: booleanLabel(facts.hasByob),
    link_types: linkTypesLabel(facts.faultyLinkTypes),
  };
}
