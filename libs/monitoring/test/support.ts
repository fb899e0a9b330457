import { pino, type Logger } from 'pino';
import { connectBus, type Bus } from '@automation-engine/messaging';
import { sharedServers } from '@automation-engine/testing';

/** A bus on `scope` of the shared NATS and Redis. */
export function openBus(scope: string, logger: Logger = pino({ level: 'silent' })): Promise<Bus> {
  const { natsUrl, redisUrl } = sharedServers();
  return connectBus({
    servers: natsUrl,
    name: `monitoring-test-${scope}`,
    redis: redisUrl,
    logger,
    subjectPrefix: scope,
  });
}
