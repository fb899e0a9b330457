/** The value of the first Bruin inventory attribute named `key`, or null when there is none. */
export function attributeValue(
  attributes: readonly { key: string; value: string | null }[],
  key: string,
): string | null {
  return attributes.find((attribute) => attribute.key === key)?.value ?? null;
}
