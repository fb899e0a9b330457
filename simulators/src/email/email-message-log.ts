/** An attachment (or inline image) of a received message, without its content. */
export interface EmailAttachmentInfo {
  filename: string | null;
  contentType: string;
  size: number;
  contentId: string | null;
  inline: boolean;
}

/** A message the SMTP sink accepted, parsed. */
export interface EmailMessage {
  id: number;
  /** Lab time it was accepted. */
  at: number;
  /** SMTP envelope: `MAIL FROM` and `RCPT TO` addresses. */
  envelope: { mailFrom: string | null; rcptTo: string[] };
  /** The user that authenticated, if any. */
  authUser: string | null;
  messageId: string | null;
  from: string | null;
  to: string[];
  cc: string[];
  subject: string;
  text: string | null;
  html: string | null;
  attachments: EmailAttachmentInfo[];
  /** Size of the raw message, bytes. */
  size: number;
  /** The raw RFC 822 message. */
  raw: string;
}

/** Messages received, oldest first; ids restart after a reset. */
export class EmailMessageLog {
  readonly #messages: EmailMessage[] = [];
  #next = 1;

  record(input: Omit<EmailMessage, 'id'>): EmailMessage {
    const message = { id: this.#next, ...input };
    this.#next += 1;
    this.#messages.push(message);
    return message;
  }

  list(): EmailMessage[] {
    return [...this.#messages];
  }

  get(id: number): EmailMessage | undefined {
    return this.#messages.find((m) => m.id === id);
  }

  clear(): number {
    const count = this.#messages.length;
    this.#messages.length = 0;
    return count;
  }

  reset(): void {
    this.clear();
    this.#next = 1;
  }
}
