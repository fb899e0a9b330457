import { z } from 'zod';
import { defineEvent, type EventContract } from '../define-contract.js';

/**
 * A deferred ticket forward (spec §1.7): what the task-dispatcher does when it is due, and what
 * it publishes when done. Field names are the original's, so a Python dispatcher and ours read
 * each other's tasks; unknown fields are kept.
 */
export const ticketForwardTask = z.looseObject({
  /** The monitor that scheduled it; the result events go to `task_dispatcher.<service>…`. */
  service: z.string().min(1),
  ticket_id: z.number().int(),
  serial_number: z.string().nullish(),
  target_queue: z.string().min(1),
  detail_id: z.number().int().nullish(),
  work_queue_id: z.union([z.number().int(), z.string()]).nullish(),
  metrics_labels: z.record(z.string(), z.unknown()).default({}),
});
export type TicketForwardTask = z.output<typeof ticketForwardTask>;
export type TicketForwardTaskInput = z.input<typeof ticketForwardTask>;

/** The original's single task type: part of the Redis keys and of the result subjects. */
export const TICKET_FORWARDS_TASK = 'ticket_forwards';

/** The queue group monitors subscribe to the result events with. */
export const TASK_DISPATCHER_QUEUE = 'task_dispatcher';

export type TicketForwardResult = 'success' | 'error';

export type TicketForwardSubject<
  S extends string,
  R extends TicketForwardResult,
> = `task_dispatcher.${S}.ticket_forwards.${R}`;

/**
 * The result of a ticket forward scheduled by `service`: `success` once Bruin moved the task,
 * `error` when it still failed after the dispatcher's TTL. Published bare (the task data, no
 * envelope), as the original dispatcher did and its monitors read.
 */
export function ticketForwardEvent<S extends string, R extends TicketForwardResult>(
  service: S,
  result: R,
): EventContract<TicketForwardSubject<S, R>, typeof ticketForwardTask> {
  return defineEvent({
    subject: `task_dispatcher.${service}.${TICKET_FORWARDS_TASK}.${result}`,
    payload: ticketForwardTask,
    envelope: false,
    description: `Result (${result}) of a ticket forward scheduled by ${service}, bare task data`,
  });
}
