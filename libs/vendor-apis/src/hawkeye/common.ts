import { z } from 'zod';

/**
 * Building blocks of the Hawkeye (Ixia) API (spec/vendor-apis.md §4): the session cookie, the date
 * format, numeric strings and the page envelope every list answer comes in.
 */

/** The session cookie `POST /login` sets; every other call sends it back. */
export const HAWKEYE_SESSION_COOKIE = 'PHPSESSID';

/** What Hawkeye answers a bad login (and what the bridge logs). */
export const HAWKEYE_BAD_CREDENTIALS_MESSAGE = "Username doesn't exist or password is incorrect";

/** Hawkeye date-times: `YYYY-MM-DDTHH:MM:SSZ`. */
export const hawkeyeDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, 'expected YYYY-MM-DDTHH:MM:SSZ');

/** Most Hawkeye numbers travel as strings (`"311"`, `"1"`). */
export const hawkeyeNumericString = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, 'expected a numeric string');

/** A number or its string form (the same field is one or the other depending on the endpoint). */
export const hawkeyeLooseNumber = z.union([z.number(), hawkeyeNumericString]);

/** `POST /login` body. */
export const hawkeyeLoginRequest = z.looseObject({
  username: z.string().min(1),
  password: z.string(),
});
export type HawkeyeLoginRequest = z.infer<typeof hawkeyeLoginRequest>;

/** The login answer: any JSON (e.g. `"200 - successful"`); only the status and cookie matter. */
export const hawkeyeLoginResponse = z.unknown();

/** Error answers (400, 401, 404, 5xx): `{code, message}`. */
export const hawkeyeErrorResponse = z.looseObject({ code: z.number().int(), message: z.string() });
export type HawkeyeErrorResponse = z.infer<typeof hawkeyeErrorResponse>;

/**
 * The page envelope of list answers: `total_count` is a numeric string, `has_more` 0 or 1. The
 * bridge pages with `limit`/`offset` until it has `total_count` records.
 */
export function hawkeyePage<T extends z.ZodType>(record: T) {
  return z.looseObject({
    total_count: z.string().regex(/^\d+$/, 'expected a numeric string'),
    count: z.number().int().min(0),
    limit: hawkeyeLooseNumber,
    offset: hawkeyeLooseNumber,
    has_more: z.union([z.literal(0), z.literal(1)]),
    records: z.array(record),
  });
}

/** Paging query of list calls (`limit` 100 from the bridge). */
export const hawkeyePageQuery = z.looseObject({
  limit: z.coerce.number().int().min(1).optional(),
  offset: z.coerce.number().int().min(0).optional(),
});
