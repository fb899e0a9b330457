import { z } from 'zod';

/**
 * DRI (spec/vendor-apis.md §7): every answer is `{status, message, data}`; the bridge reads `data`
 * only when `status` is `SUCCESS`.
 */
export const DRI_STATUSES = ['SUCCESS', 'FAILED'] as const;

/** `ErrorCode` of a successful operation (and of each readable parameter). */
export const DRI_OK_ERROR_CODE = 100;

/** A successful answer carrying `data`, or a failed one whose `data` is not read. */
export function driResponse<T extends z.ZodType>(data: T) {
  return z.discriminatedUnion('status', [
    z.looseObject({ status: z.literal('SUCCESS'), message: z.string(), data }),
    z.looseObject({ status: z.literal('FAILED'), message: z.string(), data: z.unknown() }),
  ]);
}

/** `POST /auth/login`, form-urlencoded. */
export const driLoginRequest = z.looseObject({ email: z.string().min(1), password: z.string() });
export type DriLoginRequest = z.infer<typeof driLoginRequest>;

export const driLoginResponse = z.looseObject({ authorization_token: z.string().min(1) });
export type DriLoginResponse = z.infer<typeof driLoginResponse>;
