import { z } from 'zod';

/** A note a next result asks for. */
export const bruinNextResultNote = z.looseObject({
  noteType: z.string(),
  noteDescription: z.string().nullable(),
  availableValueOptions: z.array(z.looseObject({ text: z.string(), value: z.string() })).nullable(),
  defaultValue: z.string().nullable(),
  required: z.boolean(),
});
export type BruinNextResultNote = z.infer<typeof bruinNextResultNote>;

export const bruinNextResult = z.looseObject({
  resultTypeId: z.number().int(),
  resultName: z.string(),
  notes: z.array(bruinNextResultNote),
});
export type BruinNextResult = z.infer<typeof bruinNextResult>;

/** B11 `GET /api/Ticket/{ticketId}/nextresult`; `currentTaskName` may end with a space. */
export const bruinNextResultResponse = z.looseObject({
  currentTaskId: z.number().int().nullable(),
  currentTaskKey: z.string().nullable(),
  currentTaskName: z.string().nullable(),
  nextResults: z.array(bruinNextResult),
});
export type BruinNextResultResponse = z.infer<typeof bruinNextResultResponse>;

/** B12 `PUT /api/Ticket/{ticketId}/details/work`. */
export const bruinWorkQueueChangeRequest = z.looseObject({
  details: z
    .array(
      z.looseObject({
        detailId: z.number().int().optional(),
        serviceNumber: z.string().optional(),
      }),
    )
    .min(1),
  notes: z.array(z.unknown()),
  resultTypeId: z.number().int(),
});
export type BruinWorkQueueChangeRequest = z.infer<typeof bruinWorkQueueChangeRequest>;

export const bruinWorkQueueChangeResponse = z.looseObject({ message: z.string() });
export type BruinWorkQueueChangeResponse = z.infer<typeof bruinWorkQueueChangeResponse>;
