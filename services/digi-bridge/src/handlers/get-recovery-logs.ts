import { EngineError } from '@automation-engine/contracts';
import { getDigiRecoveryLogs } from '@automation-engine/contracts/digi';
import { digiErrorResponse, digiRecoveryLogsResponse } from '@automation-engine/vendor-apis';
import { digiHeaders } from '../digi-client/digi-headers.js';
import { defineHandler } from './define-handler.js';

/**
 * `get.digi.recovery.logs`: `GET /DeviceManagement_API/rest/Recovery/Logs` with the body as
 * headers (`IgzID`, `StartDateTime`, `Size`, `Offset`). Replies `{Logs, Count, Size, Offset}`
 * (200), or DiGi's `Error` answer with 400. Echoes `request_id` (contract).
 */
export const getRecoveryLogs = defineHandler(getDigiRecoveryLogs, async (body, { digi }) => {
  const answer = await digi.recoveryLogs(digiHeaders(body));
  const refused = digiErrorResponse.safeParse(answer);
  if (refused.success) {
    throw new EngineError('BAD_REQUEST', refused.data.Error.Message, { body: answer });
  }
  return { status: 200, body: digiRecoveryLogsResponse.parse(answer) };
});
