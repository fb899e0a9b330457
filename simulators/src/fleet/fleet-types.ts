import type {
  BruinInventoryAttribute,
  BruinInventoryStatus,
  VcoEdgeState,
  VcoLinkMode,
  VcoLinkType,
} from '@automation-engine/vendor-apis';

/**
 * The seed data of the lab: one coherent fleet, generated once from a seed and never mutated.
 * What changes at run time (states, tickets, degradations) lives in the state stores, so a reset
 * returns to exactly this.
 */

export interface FleetOptions {
  seed: number;
  /** Number of VeloCloud edges. */
  edges: number;
  /** Number of VCO hosts (1–4 with the default names). */
  hosts: number;
  /** Host names; default the production ones (`mettel.velocloud.net`, `metvco02.mettel.net`…). */
  hostNames?: readonly string[];
  /** Number of Bruin clients; default max(hosts, edges / 25), at most `edges`. */
  clients?: number;
  /** Share of edges with an HA standby (default 0.05). */
  haRatio?: number;
  /** Share of edges never activated: no links, skipped by the monitors (default 0.01). */
  neverActivatedRatio?: number;
  /** Share of edges whose `edgeState` is null (default 0.002). */
  nullStateRatio?: number;
  /** Share of edges that also have an old decommissioned inventory document (default 0.01). */
  duplicateInventoryRatio?: number;
  /** Share of new edges placed at an existing site of their client (default 0.2). */
  sharedSiteRatio?: number;
  /** Hawkeye/Ixia probes per edge (default 0.125: 1,250 probes for 10,000 edges). */
  probeRatio?: number;
  /** Reference date of the seed (install and creation dates lie before it). */
  epoch?: number;
}

export type ResolvedFleetOptions = Required<Omit<FleetOptions, 'hostNames' | 'clients'>> & {
  hostNames: readonly string[];
  clients: number;
};

export interface FleetContact {
  userID: string;
  dirID: number;
  clientId: number;
  username: string;
  email: string;
  firstName: string;
  lastName: string;
  phone: string | null;
}

export interface FleetPhoneLine {
  phoneNumber: string;
  inventoryId: number;
  clientId: number;
  btn: string;
}

export interface FleetClient {
  clientId: number;
  clientName: string;
  accountNumber: string;
  /** E-mail domain of the client's people. */
  domain: string;
  /** VCO hosts holding the client's enterprises. */
  hosts: string[];
  /** The first is the ticket contact, the rest additional subscribers. */
  contacts: FleetContact[];
  phoneLines: FleetPhoneLine[];
}

export interface FleetSite {
  siteId: number;
  clientId: number;
  label: string;
  address: {
    addressId: number;
    address: string;
    city: string;
    state: string;
    zip: string;
    country: string;
  };
  latitude: number;
  longitude: number;
  /** Bruin's label (`Eastern`, `Central`…), null for some sites. */
  timeZone: string | null;
  /** IANA zone of the site, always known to the lab. */
  ianaTimeZone: string;
  businessHours: string | null;
  addedAt: number;
  primaryContactName: string;
  primaryContactPhone: string;
  primaryContactEmail: string;
}

export interface FleetEnterprise {
  host: string;
  enterpriseId: number;
  /** By convention `<clientName>|<clientId>|`. */
  name: string;
  clientId: number;
  logicalId: string;
  domain: string;
  accountNumber: string;
}

export interface FleetCircuit {
  /** The circuit's Bruin service number (`<IFACE> Service Number` of the edge). */
  serviceNumber: string;
  circuitId: string;
  inventoryId: number;
  /** `Ethernet/T1/MPLS` or `Wireless`. */
  accessType: string;
  /** Serial of the wireless device behind the circuit (PIAB/DRI), when there is one. */
  deviceSerial: string | null;
}

export interface FleetLink {
  /** Per host, like every VCO integer id. */
  linkId: number;
  internalId: string;
  /** `xx:xx:xx:xx:xx:xx:0000`; DiGi links start with a DiGi OUI. */
  logicalId: string;
  interface: string;
  /** The link label the monitors classify (BYOB, DIA, MPLS…). */
  displayName: string;
  isp: string;
  ipAddress: string;
  type: VcoLinkType;
  mode: VcoLinkMode;
  networkType: string;
  byob: boolean;
  digi: boolean;
  bpsOfBestPathRx: number;
  bpsOfBestPathTx: number;
  circuit: FleetCircuit;
  /** Stable per-link hash the metric generator draws from. */
  hash: number;
}

export interface FleetHaPartner {
  serial: string;
  inventoryId: number;
}

export interface FleetEdge {
  /** `<host>#<edgeId>`: the edge's identity in the lab. */
  key: string;
  host: string;
  enterpriseId: number;
  edgeId: number;
  vcoSiteId: number;
  serial: string;
  name: string;
  modelNumber: string;
  softwareVersion: string;
  activated: boolean;
  /** State at the start of the lab (runtime state overrides it). */
  initialState: VcoEdgeState | null;
  ha: FleetHaPartner | null;
  clientId: number;
  siteId: number;
  inventoryId: number;
  managementStatus: string;
  createdAt: number;
  links: FleetLink[];
  hash: number;
}

export type InventoryKind = 'edge' | 'ha-standby' | 'circuit' | 'phone-line' | 'probe';

export interface FleetInventoryDocument {
  inventoryId: number;
  serviceNumber: string;
  clientId: number;
  siteId: number;
  status: BruinInventoryStatus;
  kind: InventoryKind;
  productCategory: string;
  productType: string;
  itemName: string;
  installedAt: number;
  attributes: BruinInventoryAttribute[];
}

export interface FleetGateway {
  host: string;
  id: number;
  name: string;
  ipAddress: string;
  hash: number;
}

/**
 * A Hawkeye (Ixia) probe at a client's site. Its `serialNumber` is a Bruin service number (an
 * active `Network Scout` inventory document of the client); test results are queried by `uid`.
 */
export interface FleetProbe {
  /** Position in `Fleet.probes` (test-result ids encode it). */
  index: number;
  probeId: number;
  /** MAC address, lower case with colons. */
  uid: string;
  /** `uid` without colons, upper case (12 hex characters). */
  serialNumber: string;
  name: string;
  type: string;
  typeName: string;
  os: string;
  probeGroup: string;
  clientId: number;
  siteId: number;
  inventoryId: number;
  /** Inactive probes are listed (`active: "0"`) but run no tests. */
  active: boolean;
  /** Never reported: both `lastUpdate`s are `"never"`, no test results. */
  neverReported: boolean;
  /** Index of the probe this one runs node-to-node tests towards (its client's hub), or null. */
  peerIndex: number | null;
  ipAddress: string;
  lastRestart: number;
  hash: number;
}

/** A DiGi wireless router behind a DiGi link (logical id with a DiGi OUI). */
export interface FleetDigiDevice {
  /** The link's logical id: what the engine sends as `MAC`. */
  mac: string;
  edgeKey: string;
  edgeSerial: string;
  interface: string;
  /** DiGi's device serial (`DeviceSN` of recovery logs). */
  deviceSerial: string;
  model: string;
}

/** A PIAB wireless device (DRI) behind a wireless circuit: `Serial Number` of its inventory. */
export interface FleetPiabDevice {
  serial: string;
  edge: FleetEdge;
  link: FleetLink;
}

export interface FleetIndex {
  edgeBySerial: ReadonlyMap<string, FleetEdge>;
  /** HA standby serial → the edge whose partner it is. */
  edgeByHaSerial: ReadonlyMap<string, FleetEdge>;
  edgeByKey: ReadonlyMap<string, FleetEdge>;
  edgesByHost: ReadonlyMap<string, readonly FleetEdge[]>;
  edgesByEnterprise: ReadonlyMap<string, readonly FleetEdge[]>;
  enterprisesByHost: ReadonlyMap<string, readonly FleetEnterprise[]>;
  enterpriseByKey: ReadonlyMap<string, FleetEnterprise>;
  clientById: ReadonlyMap<number, FleetClient>;
  siteById: ReadonlyMap<number, FleetSite>;
  inventoryByServiceNumber: ReadonlyMap<string, readonly FleetInventoryDocument[]>;
  circuitById: ReadonlyMap<string, FleetCircuit>;
  phoneLineByNumber: ReadonlyMap<string, FleetPhoneLine>;
  gatewaysByHost: ReadonlyMap<string, readonly FleetGateway[]>;
  probeBySerial: ReadonlyMap<string, FleetProbe>;
  probeByUid: ReadonlyMap<string, FleetProbe>;
  digiDeviceByMac: ReadonlyMap<string, FleetDigiDevice>;
  piabBySerial: ReadonlyMap<string, FleetPiabDevice>;
}

export interface Fleet {
  options: ResolvedFleetOptions;
  hosts: readonly string[];
  clients: readonly FleetClient[];
  sites: readonly FleetSite[];
  enterprises: readonly FleetEnterprise[];
  edges: readonly FleetEdge[];
  inventory: readonly FleetInventoryDocument[];
  gateways: readonly FleetGateway[];
  probes: readonly FleetProbe[];
  digiDevices: readonly FleetDigiDevice[];
  index: FleetIndex;
}

/** Key of an enterprise (or of the edges of an enterprise) in the index. */
export function enterpriseKey(host: string, enterpriseId: number): string {
  return `${host}#${String(enterpriseId)}`;
}
