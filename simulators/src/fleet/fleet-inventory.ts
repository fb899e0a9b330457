import {
  BRUIN_ATTRIBUTE_KEYS,
  type BruinInventoryAttribute,
  type BruinInventoryStatus,
} from '@automation-engine/vendor-apis';
import type {
  FleetClient,
  FleetEdge,
  FleetInventoryDocument,
  InventoryKind,
} from './fleet-types.js';

const DAY_MS = 86_400_000;

/**
 * The Bruin inventory documents of one edge: the edge's own (service number = serial), its HA
 * partner's, one per link circuit, and sometimes an old decommissioned duplicate.
 */
export function inventoryForEdge(args: {
  edge: FleetEdge;
  duplicateInventoryId: number | null;
}): FleetInventoryDocument[] {
  const { edge, duplicateInventoryId } = args;
  const attributes = edgeAttributes(edge);
  const installedAt = edge.createdAt - 2 * DAY_MS;
  const speed = Math.round((edge.links[0]?.bpsOfBestPathRx ?? 100_000_000) / 1_000_000);
  const itemName = `SD-WAN ${String(speed)}M`;
  // Object literals with every field, never spreads: this runs tens of thousands of times and
  // spread-built objects are an order of magnitude slower to create and to read.
  const docs: FleetInventoryDocument[] = [
    sdWanDocument({
      edge,
      inventoryId: edge.inventoryId,
      serviceNumber: edge.serial,
      kind: 'edge',
      status: 'A',
      itemName,
      installedAt,
      attributes,
    }),
  ];
  if (edge.ha !== null) {
    docs.push(
      sdWanDocument({
        edge,
        inventoryId: edge.ha.inventoryId,
        serviceNumber: edge.ha.serial,
        kind: 'ha-standby',
        status: 'A',
        itemName,
        installedAt,
        attributes,
      }),
    );
  }
  for (const link of edge.links) {
    const deviceSerial = link.circuit.deviceSerial;
    const wireless = link.type === 'WIRELESS';
    docs.push({
      inventoryId: link.circuit.inventoryId,
      serviceNumber: link.circuit.serviceNumber,
      clientId: edge.clientId,
      siteId: edge.siteId,
      status: 'A',
      kind: 'circuit',
      productCategory: wireless ? 'Wireless' : 'Internet',
      productType: wireless ? 'LTE' : 'Broadband',
      itemName: link.displayName,
      installedAt,
      attributes:
        deviceSerial === null
          ? []
          : [{ key: BRUIN_ATTRIBUTE_KEYS.serialNumber, value: deviceSerial }],
    });
  }
  if (duplicateInventoryId !== null) {
    docs.push(
      sdWanDocument({
        edge,
        inventoryId: duplicateInventoryId,
        serviceNumber: edge.serial,
        kind: 'edge',
        status: 'D',
        itemName,
        installedAt: installedAt - 400 * DAY_MS,
        attributes: [],
      }),
    );
  }
  return docs;
}

function sdWanDocument(fields: {
  edge: FleetEdge;
  inventoryId: number;
  serviceNumber: string;
  kind: InventoryKind;
  status: BruinInventoryStatus;
  itemName: string;
  installedAt: number;
  attributes: BruinInventoryAttribute[];
}): FleetInventoryDocument {
  return {
    inventoryId: fields.inventoryId,
    serviceNumber: fields.serviceNumber,
    clientId: fields.edge.clientId,
    siteId: fields.edge.siteId,
    status: fields.status,
    kind: fields.kind,
    productCategory: 'SD-WAN',
    productType: 'SD-WAN',
    itemName: fields.itemName,
    installedAt: fields.installedAt,
    attributes: fields.attributes,
  };
}

/** The attributes of an edge's inventory document (what customer-cache reads). */
export function edgeAttributes(edge: FleetEdge): BruinInventoryAttribute[] {
  const attributes: BruinInventoryAttribute[] = [
    { key: BRUIN_ATTRIBUTE_KEYS.managementStatus, value: edge.managementStatus },
  ];
  for (const link of edge.links) {
    attributes.push(
      {
        key: `${link.interface}${BRUIN_ATTRIBUTE_KEYS.accessTypeSuffix}`,
        value: link.circuit.accessType,
      },
      {
        key: `${link.interface}${BRUIN_ATTRIBUTE_KEYS.serviceNumberSuffix}`,
        value: link.circuit.serviceNumber,
      },
    );
  }
  return attributes;
}

/** One inventory document per DID line of each client. */
export function inventoryForPhoneLines(
  clients: readonly FleetClient[],
  siteOf: (clientId: number) => number,
): FleetInventoryDocument[] {
  return clients.flatMap((client) =>
    client.phoneLines.map((line) => ({
      inventoryId: line.inventoryId,
      serviceNumber: line.phoneNumber.slice(2),
      clientId: client.clientId,
      siteId: siteOf(client.clientId),
      status: 'A' as const,
      kind: 'phone-line' as const,
      productCategory: 'Voice',
      productType: 'DID',
      itemName: 'DID line',
      installedAt: 0,
      attributes: [],
    })),
  );
}
