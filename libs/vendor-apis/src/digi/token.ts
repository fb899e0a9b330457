import { z } from 'zod';

/**
 * DiGi token (spec/vendor-apis.md §6): `POST /Identity/rest/oauth/token` with
 * `authorization: basic base64(id:secret)` (lower-case `basic`) and this form.
 */
export const digiTokenRequest = z.looseObject({
  grant_type: z.literal('client_credentials'),
  scope: z.string().optional(),
});
export type DigiTokenRequest = z.infer<typeof digiTokenRequest>;

/** The scope the bridge asks for. */
export const DIGI_TOKEN_SCOPE = 'write:dms';

/** `expires_in` in seconds: the bridge computes the token's expiry from it. */
export const digiTokenResponse = z.looseObject({
  access_token: z.string().min(1),
  expires_in: z.number().int().positive(),
  token_type: z.string(),
});
export type DigiTokenResponse = z.infer<typeof digiTokenResponse>;

/** OAuth errors of the token endpoint and of API calls with a bad token. */
export const digiOAuthErrorResponse = z.looseObject({
  error: z.string(),
  error_description: z.string().optional(),
});
export type DigiOAuthErrorResponse = z.infer<typeof digiOAuthErrorResponse>;
