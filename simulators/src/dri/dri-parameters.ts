import {
  DRI_OK_ERROR_CODE,
  DRI_PARAMETER_NAMES,
  type DriParameter,
} from '@automation-engine/vendor-apis';
import type { Fleet, FleetPiabDevice } from '../fleet/fleet-types.js';
import { hashString, mixInts } from '../random/hash-mix.js';

/** `ErrorCode` of a parameter the device does not know (TR-069 "invalid parameter name"). */
export const DRI_INVALID_PARAMETER = 9005;

/**
 * What a PIAB device reports for each asked TR-069 parameter: a pure function of the seed and the
 * device (carrier of its circuit, SIM and modem numbers), unknown names answered per parameter.
 */
export function driParameterValues(args: {
  fleet: Fleet;
  device: FleetPiabDevice;
  names: readonly string[];
}): DriParameter[] {
  const { fleet, device, names } = args;
  const hash = hashString(fleet.options.seed, `piab#${device.serial}`);
  const site = fleet.index.siteById.get(device.edge.siteId);
  const values: Record<string, string> = {
    [DRI_PARAMETER_NAMES.providers]: device.link.isp,
    [DRI_PARAMETER_NAMES.simIccid]: `8901${digits(mixInts(hash, 1), 15)}`,
    [DRI_PARAMETER_NAMES.subscriberNumber]: `${(site?.primaryContactPhone ?? '401').slice(0, 3)}${digits(mixInts(hash, 2), 7)}`,
    [DRI_PARAMETER_NAMES.modemImei]: `35${digits(mixInts(hash, 3), 13)}`,
    [DRI_PARAMETER_NAMES.simInsert]: '1',
    [DRI_PARAMETER_NAMES.macAddress]: device.link.logicalId.split(':').slice(0, 6).join(':'),
  };
  return names.map((name) => {
    const value = values[name];
    return value === undefined
      ? {
          Name: name,
          Value: '',
          ErrorCode: DRI_INVALID_PARAMETER,
          Message: 'Invalid parameter name',
        }
      : { Name: name, Value: value, ErrorCode: DRI_OK_ERROR_CODE, Message: '' };
  });
}

function digits(hash: number, count: number): string {
  let out = '';
  let h = hash;
  while (out.length < count) {
    out += String(h % 10_000).padStart(4, '0');
    h = mixInts(h, out.length);
  }
  return out.slice(0, count);
}
