import { z } from 'zod';
import { driResponse } from './common.js';

/** TR-069 parameter names the engine asks PIAB devices for. */
export const DRI_PARAMETER_NAMES = {
  providers: 'InternetGatewayDevice.DeviceInfo.X_8C192D_lte_info.Providers',
  simIccid: 'InternetGatewayDevice.DeviceInfo.X_8C192D_lte_info.SimIccid',
  subscriberNumber: 'InternetGatewayDevice.DeviceInfo.X_8C192D_lte_info.Subscribernum',
  modemImei: 'InternetGatewayDevice.DeviceInfo.X_8C192D_lte_info.ModemImei',
  simInsert: 'InternetGatewayDevice.DeviceInfo.X_8C192D_lte_info.SimInsert',
  macAddress:
    'InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANIPConnection.1.MACAddress',
} as const;

/** The JSON URL-encoded into R2's `data` query parameter. */
export const driParameterSet = z.looseObject({
  ParameterNames: z.array(z.string().min(1)).min(1),
  Source: z.number().int(),
});
export type DriParameterSet = z.infer<typeof driParameterSet>;

/** R1 `GET /acs/device/{serial}/taskpending` data. */
export const driTaskPendingData = z.looseObject({
  Transactions: z.array(z.looseObject({ Id: z.number().int() })),
  ErrorCode: z.number().int(),
  Message: z.string(),
});
export const driTaskPendingResponse = driResponse(driTaskPendingData);
export type DriTaskPendingResponse = z.infer<typeof driTaskPendingResponse>;

/** R2 `GET /acs/device/{serial}/parameter_returnid?data=…` data: the new task id. */
export const driTaskIdData = z.looseObject({
  Id: z.number().int(),
  ErrorCode: z.number().int(),
  Message: z.string(),
});
export const driTaskIdResponse = driResponse(driTaskIdData);
export type DriTaskIdResponse = z.infer<typeof driTaskIdResponse>;

/** R3 task state: `""` done, `Pending` (bridge 204), `Rejected` (bridge 403). */
export const DRI_TASK_MESSAGES = ['', 'Pending', 'Rejected'] as const;

export const driParameter = z.looseObject({
  Name: z.string(),
  Value: z.string(),
  ErrorCode: z.number().int(),
  Message: z.string(),
});
export type DriParameter = z.infer<typeof driParameter>;

/** R3 `GET /acs/device/{serial}/parameter_tid?transactionid=…` data. */
export const driTaskResultData = z.looseObject({
  Message: z.enum(DRI_TASK_MESSAGES),
  ErrorCode: z.number().int(),
  Parameters: z.array(driParameter),
});
export type DriTaskResultData = z.infer<typeof driTaskResultData>;
export const driTaskResultResponse = driResponse(driTaskResultData);
export type DriTaskResultResponse = z.infer<typeof driTaskResultResponse>;
