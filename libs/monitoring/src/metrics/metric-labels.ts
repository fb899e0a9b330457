/** Label values shared by the monitors' task metrics (spec §1.8, §2.11). */

export interface ClientLabelSettings {
  /** `{host prefix: client label}` (prod `metvco04.mettel.net: FIS`…). */
  umbrellaHosts: Readonly<Record<string, string>>;
  /** Client names that get their own label; every other is `Other`. */
  relevantClients: readonly string[];
}

/** `client` label: umbrella host's client, else the client's name if relevant, else `Other`. */
export function clientLabel(
  host: string,
  clientName: string | null | undefined,
  settings: ClientLabelSettings,
): string {
  for (const [prefix, label] of Object.entries(settings.umbrellaHosts)) {
    if (host.startsWith(prefix)) return label;
  }
  if (
    clientName !== null &&
    clientName !== undefined &&
    settings.relevantClients.includes(clientName)
  ) {
    return clientName;
  }
  return 'Other';
}

function capitalised(text: string): string {
  const lower = text.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * `link_types` label: null → `Unknown`, none → `None`, one kind → capitalised (`Wired`),
 * several kinds → `Both`.
 */
export function linkTypesLabel(types: readonly (string | null)[] | null | undefined): string {
  if (types === null || types === undefined) return 'Unknown';
  const kinds = new Set(types.filter((type): type is string => type !== null).map(capitalised));
  if (kinds.size === 0) return types.length === 0 ? 'None' : 'Unknown';
  if (kinds.size > 1) return 'Both';
  return [...kinds][0] ?? 'Unknown';
}

/** A label value never empty or null (SOM/HOM map null labels to `Unknown`). */
export function labelValue(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined || value === '') return 'Unknown';
  return String(value);
}
