import type { RequestInputOf } from '@automation-engine/contracts';
import type { bruinTicketChangeWork } from '@automation-engine/contracts/bruin';
import type { TicketForwardTask } from '@automation-engine/contracts/task-dispatcher';

export type ChangeWorkRequest = RequestInputOf<typeof bruinTicketChangeWork>;

/**
 * The `bruin.ticket.change.work` request of a ticket forward: `queue_name` = target queue,
 * `service_number` = serial, and `detail_id` / `work_queue_id` when set. As the original, empty
 * values (null, 0, "") are left out. A digit-string `work_queue_id` (Python monitors wrote either)
 * is sent as a number. Null when the task cannot make a valid request (neither serial nor detail,
 * or a queue id that is no number), so it is dropped instead of failing until its TTL.
 */
export function changeWorkRequest(
  task: TicketForwardTask,
): { ok: true; request: ChangeWorkRequest } | { ok: false; reason: string } {
  if (task.ticket_id <= 0) return { ok: false, reason: 'ticket_id is not a Bruin id' };
  const serial =
    task.serial_number === null || task.serial_number === undefined || task.serial_number === ''
      ? undefined
      : task.serial_number;
  const detailId =
    task.detail_id === null || task.detail_id === undefined || task.detail_id <= 0
      ? undefined
      : task.detail_id;
  if (serial === undefined && detailId === undefined) {
    return { ok: false, reason: 'neither serial_number nor detail_id is set' };
  }
  let workQueueId: number | undefined;
  const rawQueueId = task.work_queue_id;
  if (typeof rawQueueId === 'number') {
    workQueueId = rawQueueId === 0 ? undefined : rawQueueId;
  } else if (typeof rawQueueId === 'string' && rawQueueId.trim() !== '') {
    if (!/^\d+$/.test(rawQueueId.trim())) {
      return { ok: false, reason: `work_queue_id "${rawQueueId}" is not a number` };
    }
    workQueueId = Number(rawQueueId.trim()) || undefined;
  }
  return {
    ok: true,
    request: {
      ticket_id: task.ticket_id,
      queue_name: task.target_queue,
      ...(serial === undefined ? {} : { service_number: serial }),
      ...(detailId === undefined ? {} : { detail_id: detailId }),
      ...(workQueueId === undefined ? {} : { work_queue_id: workQueueId }),
    },
  };
}
