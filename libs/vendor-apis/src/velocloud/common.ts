import { z } from 'zod';

/** `edgeState`: `OFFLINE` is the only "edge down" value; null and `NEVER_ACTIVATED` are skipped. */
export const VCO_EDGE_STATES = ['CONNECTED', 'OFFLINE', 'NEVER_ACTIVATED', 'DEGRADED'] as const;
export const vcoEdgeState = z.enum(VCO_EDGE_STATES);
export type VcoEdgeState = z.infer<typeof vcoEdgeState>;

/** `linkState` / link `state`: `DISCONNECTED` is the only "link down" value. */
export const VCO_LINK_STATES = [
  'STABLE',
  'DISCONNECTED',
  'UNSTABLE',
  'QUIET',
  'STANDBY',
  'UNKNOWN',
] as const;
export const vcoLinkState = z.enum(VCO_LINK_STATES);
export type VcoLinkState = z.infer<typeof vcoLinkState>;

export const VCO_VPN_STATES = ['STABLE', 'UNSTABLE', 'DISCONNECTED'] as const;
export const vcoVpnState = z.enum(VCO_VPN_STATES);
export type VcoVpnState = z.infer<typeof vcoVpnState>;

/** `haState`: `READY` → partner up, `FAILED` → partner down, other → HA ignored. */
export const VCO_HA_STATES = [
  'UNCONFIGURED',
  'PENDING_INIT',
  'PENDING_CONFIRMATION',
  'PENDING_RECOVERY',
  'READY',
  'FAILED',
] as const;
export const vcoHaState = z.enum(VCO_HA_STATES);
export type VcoHaState = z.infer<typeof vcoHaState>;

export const VCO_GATEWAY_STATES = ['CONNECTED', 'OFFLINE', 'DEGRADED', 'NEVER_ACTIVATED'] as const;
export const vcoGatewayState = z.enum(VCO_GATEWAY_STATES);
export type VcoGatewayState = z.infer<typeof vcoGatewayState>;

/** WAN link kind of the configuration module: "wireless link" = listed in a WIRELESS entry. */
export const VCO_LINK_TYPES = ['WIRED', 'WIRELESS'] as const;
export const vcoLinkType = z.enum(VCO_LINK_TYPES);
export type VcoLinkType = z.infer<typeof vcoLinkType>;

export const VCO_LINK_MODES = ['PUBLIC', 'PRIVATE'] as const;
export const vcoLinkMode = z.enum(VCO_LINK_MODES);
export type VcoLinkMode = z.infer<typeof vcoLinkMode>;

/** VeloCloud date-times: `YYYY-MM-DDTHH:MM:SS.000Z`. */
export const vcoDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'expected YYYY-MM-DDTHH:MM:SS.000Z');

/** A time bound sent by callers: an ISO string or epoch milliseconds. */
export const vcoTimeBound = z.union([z.string().min(1), z.number()]);
export type VcoTimeBound = z.infer<typeof vcoTimeBound>;

export const vcoInterval = z.looseObject({ start: vcoTimeBound, end: vcoTimeBound });
export type VcoInterval = z.infer<typeof vcoInterval>;

/** The session cookie every VCO call is authenticated with. */
export const VCO_SESSION_COOKIE = 'velocloud.session';

/** Exact message of the expired-session answer (HTTP 200 + `Expires: 0`). */
export const VCO_SESSION_EXPIRED_MESSAGE = 'tokenError [expired session cookie]';

/** JSON-RPC style error body: `{error: {code, message}}`. */
export const vcoErrorResponse = z.looseObject({
  error: z.looseObject({ code: z.number().int(), message: z.string() }),
});
export type VcoErrorResponse = z.infer<typeof vcoErrorResponse>;

/** `POST /portal/rest/login/operatorLogin` body. */
export const vcoLoginRequest = z.looseObject({
  username: z.string().min(1),
  password: z.string(),
});
export type VcoLoginRequest = z.infer<typeof vcoLoginRequest>;
