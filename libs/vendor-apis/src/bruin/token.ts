import { z } from 'zod';

/** Form fields of the OAuth2 client-credentials request (`POST /identity/connect/token`). */
export const bruinTokenRequest = z.looseObject({
  grant_type: z.literal('client_credentials'),
  scope: z.string().optional(),
});
export type BruinTokenRequest = z.infer<typeof bruinTokenRequest>;

/** The token answer; `expires_in` is in seconds. */
export const bruinTokenResponse = z.looseObject({
  access_token: z.string().min(1),
  expires_in: z.number().int().positive(),
  token_type: z.string(),
  scope: z.string().optional(),
});
export type BruinTokenResponse = z.infer<typeof bruinTokenResponse>;

/** OAuth error answer of the token endpoint (`{error: "invalid_client"}`). */
export const bruinTokenErrorResponse = z.looseObject({ error: z.string() });
export type BruinTokenErrorResponse = z.infer<typeof bruinTokenErrorResponse>;
