import type { LabControl } from '@automation-engine/simulators';
import type { MonitoredEdge } from '../../../src/model.js';
import { isHealthy } from '../../../src/status/classify-outage.js';
import { fetchEdgeStatuses } from '../../../src/status/fetch-edge-statuses.js';
import { joinWithCache } from '../../../src/status/join-edges.js';
import type { OutageFixture } from '../../support/outage-fixture.js';

export interface LabTicketView {
  ticketID: number;
  ticketStatus: string;
  createdBy: string;
  details: {
    detailID: number;
    detailValue: string;
    detailStatus: string;
    currentTaskName: string;
  }[];
  notes: { noteValue: string; serviceNumbers: string[]; createdAt: string }[];
}

/** The lab's edges of the host joined with their status now (standby copies included). */
export async function monitoredEdges(lab: OutageFixture): Promise<MonitoredEdge[]> {
  const { deps } = lab.makeDeps();
  const statuses = await fetchEdgeStatuses(deps, lab.host);
  if (statuses === null) throw new Error('no statuses for the lab host');
  return joinWithCache(statuses, lab.cache);
}

/** `count` healthy, non-HA edges with at least one line (logical id with a service number). */
export async function healthyEdges(lab: OutageFixture, count: number): Promise<MonitoredEdge[]> {
  const found = (await monitoredEdges(lab)).filter(
    (edge) =>
      isHealthy(edge.status) &&
      edge.status.edgeHASerialNumber === null &&
      edge.status.links.length > 0 &&
      edge.cached.logical_ids.some(
        (logical) =>
          logical.service_number !== null &&
          edge.status.links.some((link) => link.interface === logical.interface_name),
      ),
  );
  if (found.length < count) throw new Error(`only ${String(found.length)} healthy edges`);
  return found.slice(0, count);
}

/** The first line (service number) of an edge that is one of its links. */
export function firstLine(edge: MonitoredEdge): { interface: string; serviceNumber: string } {
  for (const logical of edge.cached.logical_ids) {
    if (
      logical.service_number !== null &&
      edge.status.links.some((link) => link.interface === logical.interface_name)
    ) {
      return { interface: logical.interface_name, serviceNumber: logical.service_number };
    }
  }
  throw new Error('edge without line');
}

export async function seedTicket(
  control: LabControl,
  spec: {
    edge: MonitoredEdge;
    serviceNumbers?: string[];
    createdAt?: Date;
    createdBy?: string;
    notes?: string[];
  },
): Promise<LabTicketView> {
  return control<LabTicketView>('POST', '/bruin/tickets', {
    serviceNumbers: spec.serviceNumbers ?? [spec.edge.cached.serial_number],
    clientId: spec.edge.cached.bruin_client_info.client_id,
    topic: 'VOO',
    status: 'InProgress',
    ...(spec.createdAt === undefined ? {} : { createdAt: spec.createdAt.toISOString() }),
    ...(spec.createdBy === undefined ? {} : { createdBy: spec.createdBy }),
    notes: spec.notes ?? [],
  });
}

export async function labTicket(control: LabControl, ticketId: number): Promise<LabTicketView> {
  return control<LabTicketView>('GET', `/bruin/tickets/${String(ticketId)}`);
}
