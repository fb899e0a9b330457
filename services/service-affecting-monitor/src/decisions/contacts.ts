import type { CustomerCacheEntry } from '@automation-engine/contracts/customer-cache';
import type { DefaultContact } from '../model.js';

/** A contact of a new ticket, as Bruin takes it. */
export interface TicketContact {
  email: string;
  name: string;
  type: string;
  phone?: string;
}

export interface TicketContacts {
  contacts: TicketContact[];
  /** E-mails subscribed to the new ticket. */
  subscribers: string[];
}

function fromDefault(contact: DefaultContact): TicketContact {
  const { email, name, type, phone } = contact;
  return phone === null || phone === undefined
    ? { email, name, type }
    : { email, name, type, phone };
}

function siteContact(site: CustomerCacheEntry['site_details']): TicketContact | null {
  const name = site.primaryContactName;
  const email = site.primaryContactEmail;
  if (name === null || name === undefined || email === null || email === undefined) return null;
  const phone = site.primaryContactPhone;
  // The original adds the site phone only when it is not empty.
  return phone ? { email, name, type: 'site', phone } : { email, name, type: 'site' };
}

function ticketContact(
  details: CustomerCacheEntry['ticket_contact_details'],
): TicketContact | null {
  if (details === null) return null;
  const { firstName, lastName, email, phone } = details;
  if (
    firstName === null ||
    firstName === undefined ||
    lastName === null ||
    lastName === undefined ||
    email === null ||
    email === undefined
  ) {
    return null;
  }
  const name = `${firstName} ${lastName}`;
  return phone === null || phone === undefined
    ? { email, name, type: 'ticket' }
    : { email, name, type: 'ticket', phone };
}

/**
 * Contacts of a ticket created for `edge` (spec §3.4): a client that always uses the defaults gets
 * them and no subscriber; otherwise the site and ticket contacts (one missing → a copy of the other
 * with the other type; both missing → the defaults) and the additional subscribers' e-mails.
 */
export function ticketContactsFor(
  edge: CustomerCacheEntry,
  defaults: readonly DefaultContact[],
  alwaysDefaultClients: readonly number[],
): TicketContacts {
  const clientId = edge.bruin_client_info.client_id;
  if (clientId !== null && alwaysDefaultClients.includes(clientId)) {
    return { contacts: defaults.map(fromDefault), subscribers: [] };
  }
  const site = siteContact(edge.site_details);
  const ticket = ticketContact(edge.ticket_contact_details);
  let contacts: TicketContact[];
  if (site !== null && ticket !== null) contacts = [site, ticket];
  else if (site !== null) contacts = [site, { ...site, type: 'ticket' }];
  else if (ticket !== null) contacts = [{ ...ticket, type: 'site' }, ticket];
  else contacts = defaults.map(fromDefault);
  const subscribers = (edge.ticket_contact_additional_subscribers ?? [])
    .map((subscriber) => subscriber.email)
    .filter((email): email is string => typeof email === 'string' && email !== '');
  return { contacts, subscribers };
}
