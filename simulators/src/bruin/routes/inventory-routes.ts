import {
  bruinPaths,
  type BruinCircuitResponse,
  type BruinInventoryAttributesResponse,
  type BruinInventoryResponse,
  type BruinPhoneLineResponse,
  type BruinSiteResponse,
} from '@automation-engine/vendor-apis';
import type { FastifyInstance } from 'fastify';
import type { FleetSite } from '../../fleet/fleet-types.js';
import type { BruinDeps } from '../bruin-deps.js';
import { formatUtcIso } from '../bruin-dates.js';
import { BruinQuery, notFound } from '../bruin-http.js';

/** B19–B23: inventory, attributes, circuits, DID lines and sites, straight from the seed. */
export function registerInventoryRoutes(app: FastifyInstance, deps: BruinDeps): void {
  const { index } = deps.ctx.fleet;

  app.get(bruinPaths.inventory, (request): BruinInventoryResponse => {
    const query = new BruinQuery(request);
    const serviceNumber = query.requiredString('ServiceNumber');
    const clientId = query.int('ClientId');
    const docs = (index.inventoryByServiceNumber.get(serviceNumber) ?? []).filter(
      (d) => clientId === undefined || d.clientId === clientId,
    );
    return {
      documents: docs.map((doc) => {
        const client = index.clientById.get(doc.clientId);
        const site = index.siteById.get(doc.siteId);
        return {
          clientID: doc.clientId,
          clientName: client?.clientName ?? '',
          vendor: doc.productCategory === 'SD-WAN' ? 'VeloCloud' : 'MetTel',
          accountNumber: client?.accountNumber ?? null,
          inventoryID: String(doc.inventoryId),
          serviceNumber: doc.serviceNumber,
          siteId: doc.siteId,
          siteLabel: site?.label ?? null,
          address: site === undefined ? null : siteAddress(site),
          installDate: formatUtcIso(doc.installedAt),
          disconnectDate:
            doc.status === 'D' ? formatUtcIso(doc.installedAt + 300 * 86_400_000) : null,
          status: doc.status,
          verified: 'Y',
          productCategory: doc.productCategory,
          productType: doc.productType,
          items: [{ itemName: doc.itemName, primaryIndicator: doc.productCategory }],
          longitude: site?.longitude ?? null,
          latitude: site?.latitude ?? null,
        };
      }),
    };
  });

  app.get(bruinPaths.inventoryAttributes, (request): BruinInventoryAttributesResponse => {
    const query = new BruinQuery(request);
    const serviceNumber = query.requiredString('ServiceNumber');
    const clientId = query.int('ClientId');
    const status = query.string('Status');
    const doc = (index.inventoryByServiceNumber.get(serviceNumber) ?? []).find(
      (d) =>
        (clientId === undefined || d.clientId === clientId) &&
        (status === undefined || d.status === status.toUpperCase()),
    );
    return {
      inventoryId: doc === undefined ? null : String(doc.inventoryId),
      serviceNumber,
      attributes: doc?.attributes ?? [],
    };
  });

  app.get(bruinPaths.circuit, async (request, reply): Promise<BruinCircuitResponse | undefined> => {
    const query = new BruinQuery(request);
    const circuitId = query.requiredString('CircuitId');
    const clientId = query.int('ClientId');
    const circuit =
      index.circuitById.get(circuitId) ??
      index.inventoryByServiceNumber.get(circuitId)?.find((d) => d.kind === 'circuit') ??
      undefined;
    const serviceNumber = circuit === undefined ? undefined : circuit.serviceNumber;
    const doc =
      serviceNumber === undefined
        ? undefined
        : index.inventoryByServiceNumber.get(serviceNumber)?.[0];
    if (doc === undefined || (clientId !== undefined && doc.clientId !== clientId)) {
      return reply.code(204).send();
    }
    const site = index.siteById.get(doc.siteId);
    return {
      clientID: doc.clientId,
      subAccount: (index.clientById.get(doc.clientId)?.accountNumber ?? '')
        .slice(-4)
        .padStart(4, '0'),
      wtn: doc.serviceNumber,
      inventoryID: doc.inventoryId,
      addressID: site?.address.addressId ?? null,
    };
  });

  app.get(bruinPaths.phoneLines, (request): BruinPhoneLineResponse => {
    const query = new BruinQuery(request);
    const phoneNumber = query.requiredString('phoneNumber');
    const normalised = phoneNumber.startsWith('+')
      ? phoneNumber
      : `+1${phoneNumber.replace(/^1(?=\d{10}$)/, '')}`;
    const line = index.phoneLineByNumber.get(normalised);
    const client = line === undefined ? undefined : index.clientById.get(line.clientId);
    if (line === undefined || client === undefined)
      throw notFound(`Phone number ${phoneNumber} was not found.`);
    return {
      inventoryId: line.inventoryId,
      clientId: client.clientId,
      clientName: client.clientName,
      btn: line.btn,
    };
  });

  app.get(bruinPaths.site, (request): BruinSiteResponse => {
    const query = new BruinQuery(request);
    const clientId = query.requiredInt('ClientId');
    const siteId = query.int('SiteId');
    const sites = deps.ctx.fleet.sites.filter(
      (s) => s.clientId === clientId && (siteId === undefined || s.siteId === siteId),
    );
    const client = index.clientById.get(clientId);
    return {
      documents: sites.map((site) => ({
        clientID: site.clientId,
        clientName: client?.clientName ?? '',
        siteID: String(site.siteId),
        siteLabel: site.label,
        siteAddDate: formatUtcIso(site.addedAt),
        address: { addressID: site.address.addressId, ...siteAddress(site) },
        longitude: site.longitude,
        latitude: site.latitude,
        businessHours: site.businessHours,
        timeZone: site.timeZone,
        primaryContactName: site.primaryContactName,
        primaryContactPhone: site.primaryContactPhone,
        primaryContactEmail: site.primaryContactEmail,
      })),
    };
  });
}

function siteAddress(site: FleetSite) {
  return {
    address: site.address.address,
    city: site.address.city,
    state: site.address.state,
    zip: site.address.zip,
    country: site.address.country,
  };
}
