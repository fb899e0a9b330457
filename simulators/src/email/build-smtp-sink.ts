import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import type { LabServer } from '../http/lab-server.js';
import type { LabContext } from '../lab-context.js';
import { EmailMessageLog, type EmailMessage } from './email-message-log.js';
import { parseEmail } from './parse-email.js';

export const EMAIL_SIMULATOR = 'email';

export interface SmtpSink {
  server: LabServer;
  messages: EmailMessageLog;
}

/** SMTP phases a fault can target, as paths (`/connect`, `/auth`, `/mail`, `/rcpt`, `/data`). */
export const SMTP_FAULT_PATHS = ['/connect', '/auth', '/mail', '/rcpt', '/data'] as const;
type SmtpPhase = (typeof SMTP_FAULT_PATHS)[number];

/**
 * The mail relay: a real SMTP server (`smtp-server`; EHLO, STARTTLS with the library's test
 * certificate, AUTH PLAIN/LOGIN) that parses every accepted message with `mailparser` and keeps
 * it. AUTH is required when the lab has SMTP credentials, and must match them. Faults target the
 * phases as paths; `error` answers its `status` as the SMTP reply code (e.g. 535, 451, 554).
 */
export function buildSmtpSink(ctx: LabContext): SmtpSink {
  const messages = new EmailMessageLog();
  ctx.onReset(() => {
    messages.reset();
  });
  const { username, password } = ctx.settings.email;
  const hanging = new Set<() => void>();
  const gate = (phase: SmtpPhase, done: (error?: Error | null) => void, next: () => void): void => {
    void smtpFault({ ctx, phase, hanging }).then((error) => {
      if (error === 'hang') return;
      if (error !== null) done(error);
      else next();
    });
  };
  const server = new SMTPServer({
    logger: false,
    secure: false,
    name: 'smtp.lab.local',
    banner: 'Automation Engine lab SMTP sink',
    authOptional: username === null,
    allowInsecureAuth: true,
    size: 50 * 1024 * 1024,
    closeTimeout: 500,
    onConnect(_session, callback) {
      ctx.tick();
      gate('/connect', callback, () => {
        callback();
      });
    },
    onAuth(auth, _session, callback) {
      gate('/auth', callback, () => {
        const accepted =
          username === null || (auth.username === username && auth.password === password);
        if (accepted) callback(null, { user: auth.username ?? 'anonymous' });
        else callback(smtpError(535, 'Authentication credentials invalid'));
      });
    },
    onMailFrom(_address, _session, callback) {
      gate('/mail', callback, () => {
        callback();
      });
    },
    onRcptTo(_address, _session, callback) {
      gate('/rcpt', callback, () => {
        callback();
      });
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        gate('/data', callback, () => {
          const raw = Buffer.concat(chunks);
          parseEmail(raw).then(
            (parsed) => {
              const message = messages.record({
                at: ctx.clock.now(),
                envelope: envelopeOf(session),
                authUser: typeof session.user === 'string' ? session.user : null,
                size: raw.length,
                raw: raw.toString('utf8'),
                ...parsed,
              });
              callback(null, `OK: message queued as lab-${String(message.id)}`);
            },
            (error: unknown) => {
              callback(smtpError(554, `Message could not be parsed: ${String(error)}`));
            },
          );
        });
      });
    },
  });
  return { server: smtpLabServer(server, hanging), messages };
}

function envelopeOf(session: SMTPServerSession): EmailMessage['envelope'] {
  const from = session.envelope.mailFrom;
  return {
    mailFrom: from === false ? null : from.address,
    rcptTo: session.envelope.rcptTo.map((r) => r.address),
  };
}

/** An error smtp-server answers with the given reply code. */
function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

/** The fault for this phase, as the error to answer; null none; `hang` never answer. */
async function smtpFault(args: {
  ctx: LabContext;
  phase: SmtpPhase;
  hanging: Set<() => void>;
}): Promise<Error | 'hang' | null> {
  const { ctx, phase, hanging } = args;
  const fault = ctx.faults.take({
    simulator: EMAIL_SIMULATOR,
    method: 'SMTP',
    path: phase,
    query: {},
  });
  if (fault === null) return null;
  ctx.logger?.info({ fault: fault.id, kind: fault.action.kind, phase }, 'fault injected');
  const action = fault.action;
  switch (action.kind) {
    case 'delay':
      await ctx.sleep(action.delayMs);
      return null;
    case 'error': {
      if (action.delayMs !== undefined) await ctx.sleep(action.delayMs);
      const text =
        typeof action.body === 'string' ? action.body : `Injected fault ${String(action.status)}`;
      return smtpError(action.status, text);
    }
    case 'timeout':
      await new Promise<void>((resolve) => {
        const release = (): void => {
          hanging.delete(release);
          resolve();
        };
        hanging.add(release);
      });
      return 'hang';
    case 'expire-auth':
      return smtpError(535, 'Authentication credentials invalid');
  }
}

/** An smtp-server as a LabServer; the URL is `smtp://host:port`. */
function smtpLabServer(server: SMTPServer, hanging: Set<() => void>): LabServer {
  return {
    listen({ host, port }) {
      return new Promise((resolve, reject) => {
        const onError = (error: Error): void => {
          reject(error);
        };
        server.once('error', onError);
        server.listen(port, host, () => {
          server.off('error', onError);
          const address = server.server.address();
          const bound = typeof address === 'object' && address !== null ? address.port : port;
          resolve(`smtp://${host.includes(':') ? `[${host}]` : host}:${String(bound)}`);
        });
      });
    },
    close() {
      for (const release of [...hanging]) release();
      return new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      });
    },
  };
}
