import type { FastifyInstance } from 'fastify';
import type { LabContext } from '../../lab-context.js';
import { parseControl } from '../control-http.js';
import { advanceBody, clockBody } from '../control-schemas.js';

/** The lab clock: read, set time and/or speed, advance. */
export function registerClockRoutes(app: FastifyInstance, ctx: LabContext): void {
  const { clock } = ctx;

  app.get('/clock', () => clock.snapshot());

  app.put('/clock', (request) => {
    const body = parseControl(clockBody, request.body);
    if (body.now !== undefined) clock.set(body.now);
    if (body.speed !== undefined) clock.setSpeed(body.speed);
    return clock.snapshot();
  });

  app.post('/clock/advance', (request) => {
    const body = parseControl(advanceBody, request.body);
    clock.advance((body.ms ?? 0) + (body.seconds ?? 0) * 1000 + (body.minutes ?? 0) * 60_000);
    return clock.snapshot();
  });
}
