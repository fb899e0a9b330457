import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  digiErrorResponse,
  digiRecoverDeviceResponse,
  digiRecoveryLogsAnswer,
  digiRecoveryLogsResponse,
  digiTokenResponse,
  driParameterSet,
  driTaskIdResponse,
  driTaskPendingResponse,
  driTaskResultResponse,
  hawkeyeProbesResponse,
  hawkeyeTestDetail,
  hawkeyeTestResultsResponse,
  slackWebhookErrorResponse,
  slackWebhookRequest,
  slackWebhookResponse,
  smtpSendResult,
  t7MethodPath,
  t7PredictionResponse,
  t7ProtoPath,
  T7_SERVICE_NAME,
} from '../src/index.js';

const probe = {
  probeId: '311',
  uid: 'dc:a6:32:4e:90:1b',
  os: 'Linux ARM',
  name: 'NWR-114-Pi',
  active: '1',
  type: '8',
  mode: 'Automatic',
  typeName: 'xr_pi',
  serialNumber: 'DCA6324E901B',
  probeGroup: 'Northwind',
  lastRestart: '2023-03-02T07:40:11Z',
  ips: ['10.44.1.20'],
  nodetonode: { status: 0, lastUpdate: '2023-04-11T12:58:03Z' },
  realservice: { status: 1, lastUpdate: '2023-04-11T13:10:45Z' },
};

describe('hawkeye schemas - the spec examples parse', () => {
  it('H1 page, also with "never" updates; a bad serial does not', () => {
    const page = {
      total_count: '1',
      count: 1,
      limit: 100,
      offset: 0,
      has_more: 0,
      records: [probe],
    };
    expect(hawkeyeProbesResponse.safeParse(page).success).toBe(true);
    const never = { ...probe, nodetonode: { status: 0, lastUpdate: 'never' } };
    expect(hawkeyeProbesResponse.safeParse({ ...page, records: [never] }).success).toBe(true);
    expect(
      hawkeyeProbesResponse.safeParse({ ...page, records: [{ ...probe, serialNumber: 'dca6' }] })
        .success,
    ).toBe(false);
    expect(hawkeyeProbesResponse.safeParse({ ...page, total_count: 1 }).success).toBe(false);
  });

  it('H2 page and H3 detail', () => {
    const summary = {
      id: '5550219',
      date: '2023-04-11T13:05:00Z',
      duration: 60,
      meshId: 0,
      mesh: 0,
      module: 'N2N',
      probeFrom: 'NWR-114-Pi',
      probeTo: 'NWR-HQ-Pi',
      reasonCause: '',
      status: 'Failed',
      testId: '702',
      testOptions: 'DSCP Setting: EF',
      testTag: '',
      testType: 'Voice bidirectional',
      userId: '3',
    };
    expect(
      hawkeyeTestResultsResponse.safeParse({
        total_count: '1',
        count: 1,
        limit: '100',
        offset: 0,
        has_more: 0,
        records: [summary],
      }).success,
    ).toBe(true);
    const detail = {
      ...summary,
      duration: '60',
      parameters: ' Voice Codec: G711 DSCP Setting: EF',
      probeFromId: '311',
      probeToId: '120',
      meshId: '0',
      metrics: [
        {
          metric: 'Jitter (ms)',
          pairName: 'Voice from->to',
          value: '9.4',
          threshold: '5',
          thresholdType: '0',
          status: 'Failed',
        },
        {
          metric: 'MOS',
          pairName: 'Voice from->to',
          value: '4.21',
          threshold: '3.9',
          thresholdType: '1',
          status: 'Passed',
        },
      ],
    };
    expect(hawkeyeTestDetail.safeParse(detail).success).toBe(true);
    expect(hawkeyeTestDetail.safeParse({ ...detail, status: 'Unknown' }).success).toBe(false);
  });
});

describe('t7 - the shared .proto and the JSON shapes', () => {
  it('ships the .proto with the service, methods and field numbers of the spec', () => {
    const path = t7ProtoPath();
    expect(existsSync(path)).toBe(true);
    const proto = readFileSync(path, 'utf8');
    expect(proto).toContain('package entrypoint;');
    expect(proto).toMatch(/rpc Prediction \(PredictionRequest\) returns \(PredictionResponse\)/);
    expect(proto).toMatch(
      /rpc SaveLiveMetrics \(SaveLiveMetricsRequest\) returns \(SaveLiveMetricsResponse\)/,
    );
    expect(proto).toContain('int64 call_ticket_id = 12;');
    expect(proto).toContain('int32 sla = 23;');
    expect(proto).toContain('repeated AssetPrediction asset_predictions = 4;');
    expect(proto).toContain('bool automated_successfully = 3;');
    expect(t7MethodPath('Prediction')).toBe(`/${T7_SERVICE_NAME}/Prediction`);
  });

  it('parses the spec example response', () => {
    const example = {
      success: true,
      message: '',
      ticket_id: '7301455',
      asset_predictions: [
        {
          asset: 'VC05200071234',
          task_results: [
            { name: 'Repair Completed', probability: 0.81 },
            { name: 'HNOC Investigate', probability: 0.12 },
          ],
        },
        {
          asset: 'VC05200079999',
          task_results: [],
          error: { code: 'NO_DATA', message: 'asset not present in ticket rows' },
        },
      ],
    };
    expect(t7PredictionResponse.safeParse(example).success).toBe(true);
    expect(t7PredictionResponse.safeParse({ ...example, ticket_id: 'x' }).success).toBe(false);
  });
});

describe('digi schemas - the spec examples parse', () => {
  it('token, D1 list, D2 logs and the Error answer', () => {
    expect(
      digiTokenResponse.safeParse({ access_token: 'a', expires_in: 3600, token_type: 'Bearer' })
        .success,
    ).toBe(true);
    expect(
      digiRecoverDeviceResponse.safeParse([
        { Message: 'Reboot request accepted for 00:04:2d:7a:10:c2:0000' },
        { Message: 'Success' },
      ]).success,
    ).toBe(true);
    const logs = {
      Logs: [
        {
          Id: 5012,
          igzID: 'q8Xw2',
          RequestID: '3f1c2a90-77d4-4c61-9b1e-5a0e2f6d8c13',
          Method: 'API Start',
          System: 'DMS',
          VeloSerial: 'VC05200071234',
          TicketID: '7301455',
          DeviceSN: 'WR21-88120',
          Notes: 'Modem power-cycled',
          TimestampSTART: '2023-04-11T13:20:02Z',
          TimestampEND: null,
          Success: true,
        },
      ],
      Count: 1,
      Size: '999',
      Offset: '0',
    };
    expect(digiRecoveryLogsResponse.safeParse(logs).success).toBe(true);
    const error = { Error: { Code: '40002', Message: 'The StartTime was not a valid timestamp' } };
    expect(digiErrorResponse.safeParse(error).success).toBe(true);
    expect(digiRecoveryLogsAnswer.safeParse(error).success).toBe(true);
    expect(
      digiRecoveryLogsResponse.safeParse({
        ...logs,
        Logs: [{ ...logs.Logs[0], TicketID: 7301455 }],
      }).success,
    ).toBe(false);
  });
});

describe('dri schemas - the spec examples parse', () => {
  it('R1, R2, R3 and FAILED answers', () => {
    expect(
      driTaskPendingResponse.safeParse({
        status: 'SUCCESS',
        message: 'OK',
        data: { Transactions: [{ Id: 2209114 }], ErrorCode: 100, Message: '' },
      }).success,
    ).toBe(true);
    expect(
      driTaskIdResponse.safeParse({
        status: 'SUCCESS',
        message: 'OK',
        data: { Id: 2209131, ErrorCode: 100, Message: '' },
      }).success,
    ).toBe(true);
    const r3 = {
      status: 'SUCCESS',
      message: 'OK',
      data: {
        Message: '',
        ErrorCode: 100,
        Parameters: [
          {
            Name: 'InternetGatewayDevice.DeviceInfo.X_8C192D_lte_info.Providers',
            Value: 'T-Mobile',
            ErrorCode: 100,
            Message: '',
          },
        ],
      },
    };
    expect(driTaskResultResponse.safeParse(r3).success).toBe(true);
    expect(
      driTaskResultResponse.safeParse({ ...r3, data: { ...r3.data, Message: 'Done' } }).success,
    ).toBe(false);
    expect(
      driTaskResultResponse.safeParse({ status: 'FAILED', message: 'no', data: {} }).success,
    ).toBe(true);
    expect(driParameterSet.safeParse({ ParameterNames: [], Source: 0 }).success).toBe(false);
  });
});

describe('slack and smtp schemas', () => {
  it('webhook request, ok and error texts; a send result', () => {
    expect(
      slackWebhookRequest.safeParse({
        text: '[service-outage-monitor] Outage ticket 7302001 created',
      }).success,
    ).toBe(true);
    expect(slackWebhookResponse.safeParse('ok').success).toBe(true);
    expect(slackWebhookErrorResponse.safeParse('no_service').success).toBe(true);
    expect(slackWebhookErrorResponse.safeParse('oops').success).toBe(false);
    expect(
      smtpSendResult.safeParse({ accepted: ['a@x'], rejected: [], response: '250 OK: queued' })
        .success,
    ).toBe(true);
    expect(
      smtpSendResult.safeParse({ accepted: [], rejected: ['a@x'], response: '550 no' }).success,
    ).toBe(false);
  });
});
