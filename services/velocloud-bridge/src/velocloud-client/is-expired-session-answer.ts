/** What an answer looks like before axios parses it. */
export interface RawAnswer {
  status: number;
  data: unknown;
}

// An expired-session body is ~80 bytes; never parse a real (possibly multi-MB) answer to check.
const MAX_ERROR_BODY_CHARS = 4_096;

/**
 * Whether a VCO answer says the session is gone. VeloCloud answers HTTP 200 (with `Expires: 0`)
 * and `{"error": {"code": -32000, "message": "tokenError [expired session cookie]"}}`; the
 * original re-logged in on any 2xx error whose message contains `tokenError`, which is the rule
 * here for every method.
 */
export function isExpiredSessionAnswer(answer: RawAnswer): boolean {
  if (answer.status < 200 || answer.status >= 300) return false;
  let body = answer.data;
  if (typeof body === 'string') {
    if (body.length > MAX_ERROR_BODY_CHARS || !body.includes('tokenError')) return false;
    try {
      body = JSON.parse(body);
    } catch {
      return false;
    }
  }
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = body.error;
  if (typeof error !== 'object' || error === null || !('message' in error)) return false;
  return typeof error.message === 'string' && error.message.includes('tokenError');
}
