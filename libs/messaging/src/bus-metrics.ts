import type { Registry } from 'prom-client';
import { counter, gauge, histogram } from '@automation-engine/observability';

const LATENCY_BUCKETS = [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];

type Inc = () => void;
type StartTimer = () => () => void;

/** Label children are looked up once per label set: prom-client hashes labels on every call. */
function cached<T>(make: (key: string[]) => T): (...key: string[]) => T {
  const children = new Map<string, T>();
  return (...key) => {
    const id = key.join('\u0000');
    let child = children.get(id);
    if (child === undefined) {
      child = make(key);
      children.set(id, child);
    }
    return child;
  };
}

export type BusMetrics = ReturnType<typeof createBusMetrics>;

export function createBusMetrics(registry: Registry) {
  const handled = counter(registry, {
    name: 'bus_handled_requests_total',
    help: 'Requests this service answered, by subject and reply status',
    labelNames: ['subject', 'status'] as const,
  });
  const handlerDuration = histogram(registry, {
    name: 'bus_handler_duration_seconds',
    help: 'Time from receiving a request to sending its reply',
    labelNames: ['subject'] as const,
    buckets: LATENCY_BUCKETS,
  });
  const inFlight = gauge(registry, {
    name: 'bus_handlers_in_flight',
    help: 'Requests being handled right now, by subject',
    labelNames: ['subject'] as const,
  });
  const sent = counter(registry, {
    name: 'bus_requests_total',
    help: 'Requests this service sent, by subject and outcome (reply status or failure kind)',
    labelNames: ['subject', 'outcome'] as const,
  });
  const requestDuration = histogram(registry, {
    name: 'bus_request_duration_seconds',
    help: 'Time a request waited for its reply',
    labelNames: ['subject'] as const,
    buckets: LATENCY_BUCKETS,
  });
  const events = counter(registry, {
    name: 'bus_events_total',
    help: 'Events this service published or received, by subject, direction and outcome',
    labelNames: ['subject', 'direction', 'outcome'] as const,
  });
  const claimCheck = counter(registry, {
    name: 'bus_claim_check_payloads_total',
    help: 'Payloads over max_payload moved through Redis, by operation (stored, restored, expired, failed)',
    labelNames: ['operation'] as const,
  });
  const connection = counter(registry, {
    name: 'bus_connection_events_total',
    help: 'NATS connection status changes (disconnect, reconnect, error...)',
    labelNames: ['type'] as const,
  });

  return {
    handled: cached<Inc>(([subject = '', status = '']) => {
      const child = handled.labels({ subject, status });
      return () => child.inc();
    }),
    handlerTimer: cached<StartTimer>(([subject = '']) => {
      const child = handlerDuration.labels({ subject });
      return () => child.startTimer();
    }),
    inFlight: (subject: string) => inFlight.labels({ subject }),
    sent: cached<Inc>(([subject = '', outcome = '']) => {
      const child = sent.labels({ subject, outcome });
      return () => child.inc();
    }),
    requestTimer: cached<StartTimer>(([subject = '']) => {
      const child = requestDuration.labels({ subject });
      return () => child.startTimer();
    }),
    event: (labels: { subject: string; direction: 'in' | 'out'; outcome: string }) => {
      events.inc(labels);
    },
    claimCheck: (operation: 'stored' | 'restored' | 'expired' | 'failed') => {
      claimCheck.inc({ operation });
    },
    connection: (type: string) => {
      connection.inc({ type });
    },
  };
}
