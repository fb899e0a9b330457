/** Label values shared by the monitors' task metrics (spec §1.8, §2.11). */

export interface ClientLabelSettings {
  /**
   * `UMBRELLA_HOSTS`, `{host: client label}` (prod `metvco04.mettel.net: FIS`…): a client whose
   * name starts with one of the labels gets that label.
   */
  umbrellaHosts: Readonly<Record<string, string>>;
  /** Client names that get their own label; every other is `Other`. */
  relevantClients: readonly string[];
}

/**
 * `client` label (spec §1.8, the original's code): the umbrella label the client's name starts
 * with (`FIS…` → `FIS`), else the client's name if relevant, else `Other`. The original matches
 * the name against the map's values, not the edge's host against its keys.
 */
export function clientLabel(
  clientName: string | null | undefined,
  settings: ClientLabelSettings,
): string {
  if (clientName === null || clientName === undefined) return 'Other';
  for (const label of Object.values(settings.umbrellaHosts)) {
    if (label !== '' && clientName.startsWith(label)) return label;
  }
  return settings.relevantClients.includes(clientName) ? clientName : 'Other';
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

/** A boolean label as the original's Prometheus client wrote it: `True` / `False`; unknown → `Unknown`. */
export function booleanLabel(value: boolean | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return 'Unknown';
  return value === true || value === 'True' || value === 'true' ? 'True' : 'False';
}

/** A label value never empty or null (SOM/HOM map null labels to `Unknown`). */
export function labelValue(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined || value === '') return 'Unknown';
  return String(value);
}
