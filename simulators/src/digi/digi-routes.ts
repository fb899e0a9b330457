import { randomUUID } from 'node:crypto';
import {
  DIGI_HEADERS,
  digiPaths,
  type DigiRecoverDeviceResponse,
  type DigiRecoveryLogsResponse,
} from '@automation-engine/vendor-apis';
import type { FastifyInstance } from 'fastify';
import { parseLabTime } from '../clock/parse-lab-time.js';
import type { LabContext } from '../lab-context.js';
import type { DigiBehaviour } from './digi-behaviour.js';
import { DigiHttpError, digiHeader, digiLogsError } from './digi-http.js';
import type { DigiReboot, DigiRebootLog } from './digi-reboot-log.js';

export interface DigiDeps {
  ctx: LabContext;
  reboots: DigiRebootLog;
  behaviour: DigiBehaviour;
}

/**
 * D1 reboot (headers `VeloSerial`, `Ticket`, `MAC`, optional `IgzID`) and D2 recovery logs
 * (headers `StartDateTime`, `Size`, `Offset`, `IgzID`). A reboot of a DiGi link brings the link,
 * and the edge if it was offline, back after the configured lab time.
 */
export function registerDigiRoutes(app: FastifyInstance, deps: DigiDeps): void {
  const { ctx, reboots, behaviour } = deps;

  app.post(digiPaths.recoverDevice, (request): DigiRecoverDeviceResponse => {
    const serial = digiHeader(request, DIGI_HEADERS.veloSerial);
    const ticket = digiHeader(request, DIGI_HEADERS.ticket);
    const mac = digiHeader(request, DIGI_HEADERS.mac)?.toLowerCase();
    const missing = [
      serial === undefined ? DIGI_HEADERS.veloSerial : null,
      ticket === undefined ? DIGI_HEADERS.ticket : null,
      mac === undefined ? DIGI_HEADERS.mac : null,
    ].filter((h) => h !== null);
    if (serial === undefined || ticket === undefined || mac === undefined) {
      throw new DigiHttpError(400, [
        { Message: 'Reboot request rejected', error: `Missing header(s): ${missing.join(', ')}` },
      ]);
    }
    const edge = ctx.fleet.index.edgeBySerial.get(serial);
    if (edge === undefined) {
      return [{ Message: 'Reboot request failed', error: `VeloSerial ${serial} not found` }];
    }
    const device = ctx.fleet.index.digiDeviceByMac.get(mac);
    if (device?.edgeSerial !== serial) {
      return [{ Message: `Reboot request Aborted: ${mac} is not a DiGi device of ${serial}` }];
    }
    if (reboots.inProgress(mac) !== undefined) {
      return [{ Message: `Reboot request Aborted: a reboot of ${mac} is already in progress` }];
    }
    const rule = behaviour.for(serial);
    if (rule.outcome === 'aborted') {
      return [{ Message: `Reboot request Aborted: ${device.deviceSerial} did not answer` }];
    }
    if (rule.outcome === 'error') {
      return [{ Message: 'Reboot request failed', error: `${device.deviceSerial} is unreachable` }];
    }
    const link = ctx.runtime.findLink(edge, device.interface);
    const at = ctx.clock.now();
    const reboot = reboots.record({
      requestId: randomUUID(),
      igzId: digiHeader(request, DIGI_HEADERS.igzId) ?? null,
      at,
      serial,
      ticket,
      mac,
      interface: device.interface,
      deviceSerial: device.deviceSerial,
      dueAt: at + rule.recoverySeconds * 1000,
    });
    scheduleOutcome({ deps, reboot, recovers: rule.outcome === 'recover' });
    return [
      {
        Message: `Reboot request accepted for ${mac}`,
        VeloSerial: serial,
        SiteName: edge.name,
        VeloInterface: device.interface,
        DiscoveredIP: link.ipAddress,
        Carrier: link.isp,
        DiscoveredMAC: mac,
        Ticket: ticket,
      },
      { Message: 'Success' },
    ];
  });

  app.get(digiPaths.recoveryLogs, (request) => {
    const startHeader = digiHeader(request, DIGI_HEADERS.startDateTime);
    const start = startHeader === undefined ? null : parseLabTime(startHeader);
    if (startHeader !== undefined && start === null) {
      return digiLogsError('40002', `The StartTime (${startHeader}) was not a valid timestamp`);
    }
    const size = digiHeader(request, DIGI_HEADERS.size) ?? '50';
    const offset = digiHeader(request, DIGI_HEADERS.offset) ?? '0';
    if (!/^\d+$/.test(size) || !/^\d+$/.test(offset)) {
      return digiLogsError('40003', `Size (${size}) and Offset (${offset}) must be whole numbers`);
    }
    const igzId = digiHeader(request, DIGI_HEADERS.igzId);
    const matching = reboots
      .logs()
      .filter(
        (log) =>
          (start === null || Date.parse(log.TimestampSTART) >= start) &&
          (igzId === undefined || log.igzID === igzId),
      );
    const answer: DigiRecoveryLogsResponse = {
      Logs: matching.slice(Number(offset), Number(offset) + Number(size)),
      Count: matching.length,
      Size: size,
      Offset: offset,
    };
    return answer;
  });
}

function scheduleOutcome(args: { deps: DigiDeps; reboot: DigiReboot; recovers: boolean }): void {
  const { deps, reboot, recovers } = args;
  const { ctx, reboots } = deps;
  ctx.scheduler.at({
    at: reboot.dueAt,
    label: `digi ${recovers ? 'recovery' : 'failure'} of ${reboot.serial} ${reboot.interface}`,
    run: () => {
      if (recovers) {
        ctx.runtime.setLinkState({
          serial: reboot.serial,
          iface: reboot.interface,
          state: 'STABLE',
        });
        const { edge } = ctx.runtime.findEdge(reboot.serial);
        if (ctx.runtime.edge(edge).edgeState === 'OFFLINE') {
          ctx.runtime.setEdgeState(reboot.serial, 'CONNECTED');
        }
      }
      reboots.finish(reboot, { state: recovers ? 'recovered' : 'failed', at: reboot.dueAt });
    },
  });
}
