/**
 * Bruin's names for the engine's snake_case keys, as the original's `humps.pascalize` made them:
 * `client_id` → `ClientId`, `service_number` → `ServiceNumber`, `phoneNumber` → `PhoneNumber`.
 */
export function pascalCase(key: string): string {
  return key
    .split('_')
    .filter((part) => part !== '')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** Keys of `value` PascalCased, through nested objects and arrays (values untouched). */
export function pascalCaseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pascalCaseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, nested]) => [pascalCase(key), pascalCaseKeys(nested)]),
  );
}
