import { describe, expect, it } from 'vitest';
import {
  ticketForwardTask,
  type TicketForwardTaskInput,
} from '@automation-engine/contracts/task-dispatcher';
import { changeWorkRequest } from '../../src/decisions/change-work-request.js';

const task = (overrides: Partial<TicketForwardTaskInput> = {}) =>
  ticketForwardTask.parse({
    service: 'service-outage-monitor',
    ticket_id: 123,
    serial_number: 'VC01',
    target_queue: 'HNOC Investigate',
    ...overrides,
  });

describe('changeWorkRequest', () => {
  it('maps an HNOC forward: queue_name = target queue, service_number = serial', () => {
    expect(changeWorkRequest(task())).toEqual({
      ok: true,
      request: { ticket_id: 123, queue_name: 'HNOC Investigate', service_number: 'VC01' },
    });
  });

  it('maps a worker forward with detail and work queue id', () => {
    expect(
      changeWorkRequest(
        task({ target_queue: 'Dedicated Worker Queue', detail_id: 77, work_queue_id: 1547 }),
      ),
    ).toEqual({
      ok: true,
      request: {
        ticket_id: 123,
        queue_name: 'Dedicated Worker Queue',
        service_number: 'VC01',
        detail_id: 77,
        work_queue_id: 1547,
      },
    });
  });

  it('sends a digit-string work queue id as a number', () => {
    const built = changeWorkRequest(task({ work_queue_id: '1327' }));
    expect(built.ok && built.request.work_queue_id).toBe(1327);
  });

  it('leaves out empty values as the original (null serial, 0 detail, empty queue id)', () => {
    expect(
      changeWorkRequest(task({ serial_number: null, detail_id: 9, work_queue_id: '' })),
    ).toEqual({
      ok: true,
      request: { ticket_id: 123, queue_name: 'HNOC Investigate', detail_id: 9 },
    });
    expect(changeWorkRequest(task({ detail_id: 0, work_queue_id: 0 }))).toEqual({
      ok: true,
      request: { ticket_id: 123, queue_name: 'HNOC Investigate', service_number: 'VC01' },
    });
  });

  it.each([
    [
      'neither serial nor detail',
      { serial_number: '', detail_id: null },
      /neither serial_number nor detail_id/,
    ],
    ['a work queue id that is no number', { work_queue_id: 'abc' }, /work_queue_id "abc"/],
    ['a ticket id that is no Bruin id', { ticket_id: 0 }, /ticket_id/],
  ] as const)('refuses a task with %s', (_name, overrides, reason) => {
    const built = changeWorkRequest(task(overrides));
    expect(built.ok).toBe(false);
    expect(!built.ok && built.reason).toMatch(reason);
  });
});
