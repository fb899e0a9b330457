import { EngineError, type ErrorCode } from '@automation-engine/contracts';
import { describeHttpError, statusOf } from '@automation-engine/http-client';
import { isAxiosError } from 'axios';

const CODE_BY_STATUS: Readonly<Record<number, ErrorCode>> = {
  401: 'VENDOR_UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
};

/**
 * What a failed webhook post is answered with: Slack's 4xx (its text error: `invalid_token`,
 * `no_service`, `channel_is_archived`…) keeps its status; a 5xx, a timeout or no answer after the
 * retries is `VENDOR_DOWN` (500).
 */
export function mapSlackFailure(error: unknown): EngineError {
  if (error instanceof EngineError) return error;
  const status = statusOf(error);
  if (status === undefined || status >= 500) {
    const { message } = describeHttpError(error);
    return new EngineError('VENDOR_DOWN', `Slack did not take the message: ${message}`, {
      cause: error,
    });
  }
  const answer: unknown = isAxiosError(error) ? error.response?.data : undefined;
  const reason = typeof answer === 'string' && answer !== '' ? answer : 'no reason given';
  return new EngineError(
    CODE_BY_STATUS[status] ?? 'BAD_REQUEST',
    `Slack refused the message: ${String(status)} ${reason}`,
    { status, cause: error },
  );
}
