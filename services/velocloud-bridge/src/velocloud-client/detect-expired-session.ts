import axios, { AxiosError, type AxiosAdapter, type AxiosInstance } from 'axios';
import { isExpiredSessionAnswer } from './is-expired-session-answer.js';

/** Status given to an expired-session answer, so the vendor client's re-login on 401 handles it. */
export const EXPIRED_SESSION_STATUS = 401;

/**
 * VeloCloud reports an expired session as HTTP 200 + a tokenError body, which the vendor client's
 * auth hook cannot see (it re-logs in on 401). This wraps the client's transport so such an answer
 * is rejected as a 401 before any interceptor runs: metrics count it as 401, the auth hook logs in
 * again and replays the request once, and a second expiry reaches the caller as a 401.
 */
export function detectExpiredSession(client: AxiosInstance): void {
  const transport: AxiosAdapter = axios.getAdapter(client.defaults.adapter);
  client.defaults.adapter = async (config) => {
    const response = await transport(config);
    if (!isExpiredSessionAnswer(response)) return response;
    throw new AxiosError(
      'VeloCloud session expired',
      AxiosError.ERR_BAD_RESPONSE,
      config,
      response.request,
      { ...response, status: EXPIRED_SESSION_STATUS, statusText: 'Session expired' },
    );
  };
}
