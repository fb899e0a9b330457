/**
 * The request body as DiGi's headers, as the original sent it: each key PascalCased
 * (`velo_serial` → `VeloSerial`, `igzID` → `IgzID`, `MAC` stays), each value as text; null and
 * undefined values are left out.
 */
export function digiHeaders(body: Readonly<Record<string, unknown>>): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue;
    headers[pascalCase(key)] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return headers;
}

export function pascalCase(key: string): string {
  return key
    .split('_')
    .filter((part) => part !== '')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}
