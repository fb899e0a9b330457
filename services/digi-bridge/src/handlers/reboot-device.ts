import { EngineError } from '@automation-engine/contracts';
import { digiReboot } from '@automation-engine/contracts/digi';
import type { DigiRecoverDeviceResponse } from '@automation-engine/vendor-apis';
import { digiHeaders } from '../digi-client/digi-headers.js';
import { defineHandler } from './define-handler.js';

/** DiGi refused the reboot: an item carries an `error`, or a `Message` says `Aborted`. */
export function rebootRefused(messages: DigiRecoverDeviceResponse): boolean {
  return messages.some(
    (item) =>
      (item.error !== undefined && item.error !== null) ||
      (item.Message?.includes('Aborted') ?? false),
  );
}

/**
 * `digi.reboot`: `POST /DeviceManagement_API/rest/Recovery/RecoverDevice` with the body as
 * headers (`VeloSerial`, `Ticket`, `MAC`, …). Replies DiGi's messages: 200, or 400 when DiGi
 * refused the reboot.
 */
export const rebootDevice = defineHandler(digiReboot, async (body, { digi }) => {
  const messages = await digi.recoverDevice(digiHeaders(body));
  if (rebootRefused(messages)) {
    throw new EngineError('BAD_REQUEST', 'DiGi refused the reboot', { body: messages });
  }
  return { status: 200, body: messages };
});
