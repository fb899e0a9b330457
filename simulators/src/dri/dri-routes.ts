import {
  DRI_OK_ERROR_CODE,
  type DriTaskResultData,
  driParameterSet,
  driPaths,
  type DriTaskIdResponse,
  type DriTaskPendingResponse,
  type DriTaskResultResponse,
} from '@automation-engine/vendor-apis';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FleetPiabDevice } from '../fleet/fleet-types.js';
import { firstString } from '../http/first-string.js';
import type { LabContext } from '../lab-context.js';
import { driParameterValues } from './dri-parameters.js';
import type { DriTaskStore } from './dri-task-store.js';

/** An answer the DRI simulator gives instead of the normal one. */
export class DriHttpError extends Error {
  override readonly name = 'DriHttpError';
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/** DRI's failed answer. */
export function driFailed(message: string): { status: 'FAILED'; message: string; data: object } {
  return { status: 'FAILED', message, data: {} };
}

const route = (template: string): string => template.replace('{serial}', ':serial');

/**
 * R1 pending tasks, R2 new task (`data` = URL-encoded JSON parameter set), R3 task result:
 * `Pending` for the configured polls, then done (parameters), `Rejected` or `FAILED`.
 */
export function registerDriRoutes(
  app: FastifyInstance,
  deps: { ctx: LabContext; tasks: DriTaskStore },
): void {
  const { ctx, tasks } = deps;
  const device = (request: FastifyRequest): FleetPiabDevice | undefined =>
    ctx.fleet.index.piabBySerial.get((request.params as { serial: string }).serial);

  app.get(route(driPaths.taskPending), (request): DriTaskPendingResponse => {
    const found = device(request);
    if (found === undefined) return driFailed(unknownDevice(request));
    return {
      status: 'SUCCESS',
      message: 'OK',
      data: {
        Transactions: tasks.pending(found.serial).map((t) => ({ Id: t.id })),
        ErrorCode: DRI_OK_ERROR_CODE,
        Message: '',
      },
    };
  });

  app.get(route(driPaths.parameterReturnId), (request): DriTaskIdResponse => {
    const data = firstString((request.query as Record<string, unknown>).data);
    const parameterSet = driParameterSet.safeParse(parseJson(data));
    if (!parameterSet.success) {
      throw new DriHttpError(400, 'Invalid data: expected {"ParameterNames": [...], "Source": 0}');
    }
    const found = device(request);
    if (found === undefined) return driFailed(unknownDevice(request));
    const task = tasks.create({
      serial: found.serial,
      parameterNames: parameterSet.data.ParameterNames,
      at: ctx.clock.now(),
    });
    return {
      status: 'SUCCESS',
      message: 'OK',
      data: { Id: task.id, ErrorCode: DRI_OK_ERROR_CODE, Message: '' },
    };
  });

  app.get(route(driPaths.parameterTaskId), (request): DriTaskResultResponse => {
    const id = firstString((request.query as Record<string, unknown>).transactionid) ?? '';
    if (!/^\d+$/.test(id)) throw new DriHttpError(400, 'transactionid must be a number');
    const found = device(request);
    if (found === undefined) return driFailed(unknownDevice(request));
    const task = tasks.get(Number(id));
    if (task?.serial !== found.serial) {
      return driFailed(`Transaction ${id} not found for device ${found.serial}`);
    }
    const state = tasks.poll(task);
    switch (state) {
      case 'pending':
        return ok({ Message: 'Pending', ErrorCode: DRI_OK_ERROR_CODE, Parameters: [] });
      case 'rejected':
        return ok({ Message: 'Rejected', ErrorCode: 9002, Parameters: [] });
      case 'failed':
        return driFailed(`Task ${id} failed on device ${found.serial}`);
      case 'done':
        return ok({
          Message: '',
          ErrorCode: DRI_OK_ERROR_CODE,
          Parameters: driParameterValues({
            fleet: ctx.fleet,
            device: found,
            names: task.parameterNames,
          }),
        });
    }
  });
}

function ok(data: DriTaskResultData): DriTaskResultResponse {
  return { status: 'SUCCESS', message: 'OK', data };
}

function unknownDevice(request: FastifyRequest): string {
  return `Device ${(request.params as { serial: string }).serial} not found`;
}

function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}
