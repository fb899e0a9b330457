import { labControlClient, type LabControl } from '@automation-engine/simulators';

/** A ticket detail as the control API shows it. */
export interface LabDetailView {
  detailID: number;
  detailStatus: string;
  detailValue: string;
  currentTaskName: string;
  assignedToName: string | null;
  paused: boolean;
}

export interface LabNoteView {
  noteId: number;
  noteValue: string;
  serviceNumbers: string[];
  detailID: number | null;
  createdAt: string;
  creator: string;
}

export interface LabTicketView {
  ticketID: number;
  clientID: number;
  ticketStatus: string;
  topicCode: string;
  category: string;
  severity: number;
  createdAt: string;
  createdBy: string;
  siteId: number | null;
  reopenable: boolean;
  details: LabDetailView[];
  notes: LabNoteView[];
  statusHistory: {
    at: string;
    ticketStatus: string;
    detailID: number | null;
    detailStatus: string | null;
    actor: string;
    reason: string;
  }[];
  notifications: { at: string; notificationType: string; serviceNumber: string }[];
  subscribers: { email: string; subscriptionType: string }[];
}

export interface LabSlackMessage {
  at: string;
  text: string;
}

export interface LabEmail {
  id: number;
  at: string;
  to: string[];
  cc: string[];
  subject: string;
  text: string | null;
  html: string | null;
  attachments: { filename: string | null; contentType: string; size: number }[];
}

export interface LabDigiReboot {
  id: number;
  serial: string;
  ticket: string;
  mac: string;
  interface: string;
  state: string;
}

/** Reads back, through the control API, what the engine did to the lab. */
export class LabReader {
  readonly #controlUrl: string;
  readonly #control: LabControl;

  constructor(controlUrl: string) {
    this.#controlUrl = controlUrl;
    this.#control = labControlClient(controlUrl);
  }

  /** Tickets holding a service number (any status, any topic unless given). */
  async tickets(
    query: { serviceNumber?: string; topic?: 'VOO' | 'VAS'; status?: string } = {},
  ): Promise<LabTicketView[]> {
    const params = new URLSearchParams();
    if (query.serviceNumber !== undefined) params.set('serviceNumber', query.serviceNumber);
    if (query.topic !== undefined) params.set('topic', query.topic);
    if (query.status !== undefined) params.set('status', query.status);
    const text = params.toString();
    const answer = await this.#control<{ tickets: LabTicketView[] }>(
      'GET',
      `/bruin/tickets${text === '' ? '' : `?${text}`}`,
    );
    return answer.tickets;
  }

  ticket(id: number): Promise<LabTicketView> {
    return this.#control<LabTicketView>('GET', `/bruin/tickets/${String(id)}`);
  }

  /** Notes of a ticket the engine wrote (either header), oldest first. */
  async systemNotes(id: number): Promise<LabNoteView[]> {
    const ticket = await this.ticket(id);
    return ticket.notes.filter(
      (note) =>
        note.noteValue.startsWith("#*MetTel's IPA*#") ||
        note.noteValue.startsWith('#*Automation Engine*#'),
    );
  }

  /** Slack messages the webhook received, oldest first. */
  async slack(contains?: string): Promise<LabSlackMessage[]> {
    const query = contains === undefined ? '' : `&contains=${encodeURIComponent(contains)}`;
    const answer = await this.#control<{ messages: LabSlackMessage[] }>(
      'GET',
      `/slack/messages?limit=10000${query}`,
    );
    return answer.messages.reverse();
  }

  /** E-mails the SMTP sink accepted, oldest first. */
  async emails(query: { to?: string; subject?: string } = {}): Promise<LabEmail[]> {
    const params = new URLSearchParams({ limit: '10000' });
    if (query.to !== undefined) params.set('to', query.to);
    if (query.subject !== undefined) params.set('subject', query.subject);
    const answer = await this.#control<{ messages: LabEmail[] }>(
      'GET',
      `/email/messages?${params.toString()}`,
    );
    return answer.messages.reverse();
  }

  /** The raw RFC 822 text of an accepted e-mail. */
  async rawEmail(id: number): Promise<string> {
    const response = await fetch(`${this.#controlUrl}/email/messages/${String(id)}/raw`);
    if (!response.ok) throw new Error(`no raw e-mail ${String(id)}: ${String(response.status)}`);
    return response.text();
  }

  digiReboots(): Promise<LabDigiReboot[]> {
    return this.#control<LabDigiReboot[]>('GET', '/digi/reboots');
  }
}
