import type { CustomerCacheEntry } from '@automation-engine/contracts/customer-cache';
import {
  booleanLabel,
  clientLabel,
  isByobLabel,
  linkTypesLabel,
} from '@automation-engine/monitoring';
import type { AffectingMetricLabel, AffectingSettings } from '../model.js';

/** The static labels of SAM's task metrics (spec §3.9). */
export function staticMetricLabels(
  host: string,
): Record<'feature' | 'system' | 'topic' | 'severity' | 'host', string> {
  return {
    feature: 'Service Affecting Monitor',
    system: 'VeloCloud',
    topic: 'VAS',
    severity: '3',
    host,
  };
}

/** A single link type as the list `linkTypesLabel` reads (null stays unknown). */
function nullableList(type: string | null | undefined): string[] | null {
  return type === null || type === undefined || type === '' ? null : [type];
}

/** The `type` of the first links-configuration entry holding `iface` (raw), or null. */
export function linkTypeOf(cached: CustomerCacheEntry, iface: string): string | null {
  return cached.links_configuration.find((c) => c.interfaces.includes(iface))?.type ?? null;
}

/** Every label of a task counter for one link and trouble. */
export function taskLabels(spec: {
  settings: Pick<
    AffectingSettings,
    'host' | 'umbrellaHosts' | 'relevantClients' | 'hnocBlacklistedLabels'
  >;
  cached: CustomerCacheEntry;
  iface: string;
  label: string | null;
  trouble: string;
}): Record<AffectingMetricLabel, string> {
  const { settings, cached } = spec;
  return {
    ...staticMetricLabels(settings.host),
    client: clientLabel(cached.bruin_client_info.client_name, settings),
    trouble: spec.trouble,
    has_byob: booleanLabel(isByobLabel(spec.label, settings.hnocBlacklistedLabels)),
    link_types: linkTypesLabel(nullableList(linkTypeOf(cached, spec.iface))),
  };
}

/**
 * Labels of `tasks_forwarded` from a forward's `metrics_labels` (`client`, `trouble`,
 * `has_byob`, `link_type`, `target_queue`), as the original's success handler counted them.
 */
export function forwardedLabels(
  metricsLabels: Readonly<Record<string, unknown>>,
  settings: Pick<AffectingSettings, 'host' | 'umbrellaHosts' | 'relevantClients'>,
  fallbackQueue: string,
): Record<AffectingMetricLabel | 'target_queue', string> {
  const text = (value: unknown): string | null => {
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return null;
  };
  return {
    ...staticMetricLabels(settings.host),
    client: clientLabel(text(metricsLabels['client']), settings),
    trouble: text(metricsLabels['trouble']) ?? 'Unknown',
    has_byob: booleanLabel(text(metricsLabels['has_byob'])),
    link_types: linkTypesLabel(nullableList(text(metricsLabels['link_type']))),
    target_queue: text(metricsLabels['target_queue']) ?? fallbackQueue,
  };
}
