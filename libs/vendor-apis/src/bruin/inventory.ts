import { z } from 'zod';
import { bruinAddress, bruinInventoryStatus } from './common.js';

/** Management statuses that make an edge monitorable (note the en dash, U+2013). */
export const BRUIN_MONITORED_MANAGEMENT_STATUSES = [
  'Pending',
  'Active – Gold Monitoring',
  'Active – Platinum Monitoring',
] as const;

/** Attribute keys the engine reads; the interface ones are `<IFACE> Access Type` and so on. */
export const BRUIN_ATTRIBUTE_KEYS = {
  managementStatus: 'Management Status',
  serialNumber: 'Serial Number',
  accessTypeSuffix: ' Access Type',
  serviceNumberSuffix: ' Service Number',
} as const;

/** One inventory document of B19 `GET /api/Inventory?ServiceNumber=`. */
export const bruinInventoryDocument = z.looseObject({
  clientID: z.number().int(),
  clientName: z.string(),
  inventoryID: z.string(),
  serviceNumber: z.string(),
  siteId: z.number().int(),
  status: bruinInventoryStatus,
  siteLabel: z.string().nullable().optional(),
  address: bruinAddress.nullable().optional(),
  productCategory: z.string().nullable().optional(),
});
export type BruinInventoryDocument = z.infer<typeof bruinInventoryDocument>;

export const bruinInventoryResponse = z.looseObject({
  documents: z.array(bruinInventoryDocument),
});
export type BruinInventoryResponse = z.infer<typeof bruinInventoryResponse>;

export const bruinInventoryAttribute = z.looseObject({
  key: z.string(),
  value: z.string().nullable(),
});
export type BruinInventoryAttribute = z.infer<typeof bruinInventoryAttribute>;

/** B20 `GET /api/Inventory/Attribute?ClientId&Status&ServiceNumber`. */
export const bruinInventoryAttributesResponse = z.looseObject({
  inventoryId: z.string().nullable(),
  serviceNumber: z.string().nullable(),
  attributes: z.array(bruinInventoryAttribute),
});
export type BruinInventoryAttributesResponse = z.infer<typeof bruinInventoryAttributesResponse>;

/** B21 `GET /api/Inventory/circuit?CircuitId` (unknown circuit → 204, no body). */
export const bruinCircuitResponse = z.looseObject({
  clientID: z.number().int(),
  subAccount: z.string().nullable(),
  wtn: z.string(),
  inventoryID: z.number().int(),
  addressID: z.number().int().nullable(),
});
export type BruinCircuitResponse = z.infer<typeof bruinCircuitResponse>;

/** B22 `GET /api/Inventory/phoneNumber/Lines?phoneNumber&phoneNumberType=DID`. */
export const bruinPhoneLineResponse = z.looseObject({
  inventoryId: z.number().int(),
  clientId: z.number().int(),
  clientName: z.string(),
  btn: z.string().nullable(),
});
export type BruinPhoneLineResponse = z.infer<typeof bruinPhoneLineResponse>;
