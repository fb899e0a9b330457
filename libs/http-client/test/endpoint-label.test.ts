import { describe, expect, it } from 'vitest';
import { defaultEndpointLabel } from '@automation-engine/http-client';

describe('defaultEndpointLabel', () => {
  it.each([
    ['/api/Ticket/5123/details', '/api/Ticket/{id}/details'],
    ['api/Ticket/5123', '/api/Ticket/{id}'],
    ['/edges/550E8400-E29B-41D4-A716-446655440000/links', '/edges/{id}/links'],
    ['/Ticket?ticketId=1&token=abc', '/Ticket'],
    ['/Ticket#frag', '/Ticket'],
    ['https://vco.example.com/portal/rest/edge/42', '/portal/rest/edge/{id}'],
    ['/inventory/VC05400002265', '/inventory/VC05400002265'],
    ['/v1/sites', '/v1/sites'],
    ['', '/'],
    ['http://[not-a-host/x', '/'],
  ])('%s → %s', (url, label) => {
    expect(defaultEndpointLabel({ url })).toBe(label);
  });

  it('labels a missing url as /', () => {
    expect(defaultEndpointLabel({})).toBe('/');
  });
});
