import {
  enterpriseKey,
  type Fleet,
  type FleetCircuit,
  type FleetDigiDevice,
  type FleetPiabDevice,
  type FleetProbe,
  type FleetEdge,
  type FleetEnterprise,
  type FleetGateway,
  type FleetIndex,
  type FleetInventoryDocument,
  type FleetPhoneLine,
} from './fleet-types.js';

/** Every lookup the simulators need, as Maps: no scan over the fleet per request. */
export function buildFleetIndex(fleet: Omit<Fleet, 'index'>): FleetIndex {
  const edgeBySerial = new Map<string, FleetEdge>();
  const edgeByHaSerial = new Map<string, FleetEdge>();
  const edgeByKey = new Map<string, FleetEdge>();
  const edgesByHost = new Map<string, FleetEdge[]>(fleet.hosts.map((h) => [h, []]));
  const edgesByEnterprise = new Map<string, FleetEdge[]>();
  const circuitById = new Map<string, FleetCircuit>();
  const piabBySerial = new Map<string, FleetPiabDevice>();
  for (const edge of fleet.edges) {
    edgeBySerial.set(edge.serial, edge);
    if (edge.ha !== null) edgeByHaSerial.set(edge.ha.serial, edge);
    edgeByKey.set(edge.key, edge);
    push(edgesByHost, edge.host, edge);
    push(edgesByEnterprise, enterpriseKey(edge.host, edge.enterpriseId), edge);
    for (const link of edge.links) {
      circuitById.set(link.circuit.circuitId, link.circuit);
      const device = link.circuit.deviceSerial;
      if (device !== null) piabBySerial.set(device, { serial: device, edge, link });
    }
  }
  const enterprisesByHost = new Map<string, FleetEnterprise[]>(fleet.hosts.map((h) => [h, []]));
  const enterpriseByKey = new Map<string, FleetEnterprise>();
  for (const enterprise of fleet.enterprises) {
    push(enterprisesByHost, enterprise.host, enterprise);
    enterpriseByKey.set(enterpriseKey(enterprise.host, enterprise.enterpriseId), enterprise);
  }
  const inventoryByServiceNumber = new Map<string, FleetInventoryDocument[]>();
  for (const doc of fleet.inventory) push(inventoryByServiceNumber, doc.serviceNumber, doc);
  const phoneLineByNumber = new Map<string, FleetPhoneLine>();
  for (const client of fleet.clients) {
    for (const line of client.phoneLines) phoneLineByNumber.set(line.phoneNumber, line);
  }
  const gatewaysByHost = new Map<string, FleetGateway[]>(fleet.hosts.map((h) => [h, []]));
  for (const gateway of fleet.gateways) push(gatewaysByHost, gateway.host, gateway);
  const probeBySerial = new Map<string, FleetProbe>();
  const probeByUid = new Map<string, FleetProbe>();
  for (const probe of fleet.probes) {
    probeBySerial.set(probe.serialNumber, probe);
    probeByUid.set(probe.uid, probe);
  }
  const digiDeviceByMac = new Map<string, FleetDigiDevice>(
    fleet.digiDevices.map((d) => [d.mac, d]),
  );
  return {
    edgeBySerial,
    edgeByHaSerial,
    edgeByKey,
    edgesByHost,
    edgesByEnterprise,
    enterprisesByHost,
    enterpriseByKey,
    clientById: new Map(fleet.clients.map((c) => [c.clientId, c])),
    siteById: new Map(fleet.sites.map((s) => [s.siteId, s])),
    inventoryByServiceNumber,
    circuitById,
    phoneLineByNumber,
    gatewaysByHost,
    probeBySerial,
    probeByUid,
    digiDeviceByMac,
    piabBySerial,
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
