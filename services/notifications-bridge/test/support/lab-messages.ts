import type { Harness } from './bridge-harness.js';

export interface LabSlackMessage {
  text: string;
  webhook: string;
  payload: Record<string, unknown>;
}

export interface LabEmail {
  envelope: { mailFrom: string | null; rcptTo: string[] };
  authUser: string | null;
  from: string | null;
  to: string[];
  subject: string;
  text: string | null;
  html: string | null;
  attachments: {
    filename: string | null;
    contentType: string;
    size: number;
    contentId: string | null;
    inline: boolean;
  }[];
}

export async function slackMessages(h: Harness, contains: string): Promise<LabSlackMessage[]> {
  const answer = await h.control<{ messages: LabSlackMessage[] }>(
    'GET',
    `/slack/messages?contains=${encodeURIComponent(contains)}`,
  );
  return answer.messages;
}

export async function emails(h: Harness, subject: string): Promise<LabEmail[]> {
  const answer = await h.control<{ messages: LabEmail[] }>(
    'GET',
    `/email/messages?subject=${encodeURIComponent(subject)}`,
  );
  return answer.messages;
}

export interface FaultSpec {
  simulator: 'slack' | 'email';
  path: string;
  method?: string;
  action: { kind: string; status?: number; body?: unknown; headers?: Record<string, string> };
  times?: number;
}

export async function givenFault(h: Harness, fault: FaultSpec): Promise<void> {
  await h.control('POST', '/faults', fault);
}

/** A unique word, so a test finds its own message among the others. */
export function marker(label: string): string {
  return `${label}-${Math.random().toString(36).slice(2, 10)}`;
}
