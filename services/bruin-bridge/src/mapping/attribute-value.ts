import type { BruinInventoryAttributesResponse } from '@automation-engine/vendor-apis';

/** The value of the first attribute named `key` (`Management Status`, `Serial Number`…), or null. */
export function attributeValue(
  answer: BruinInventoryAttributesResponse,
  key: string,
): string | null {
  return answer.attributes.find((attribute) => attribute.key === key)?.value ?? null;
}
