import { describe, expect, it } from 'vitest';
import {
  bruinAdvancedNotesResponse,
  bruinCircuitResponse,
  bruinErrorResponse,
  bruinInventoryAttributesResponse,
  bruinInventoryResponse,
  bruinNextResultResponse,
  bruinPaths,
  bruinRepairItems,
  bruinRepairTicketRequest,
  bruinRepairTicketResponse,
  bruinSiteResponse,
  bruinTaskHistoryResponse,
  bruinTicketBasicResponse,
  bruinTicketContactsResponse,
  bruinTicketDetailsResponse,
  bruinTicketListResponse,
  bruinTokenResponse,
  bruinUnpauseRequest,
} from '../src/index.js';

const address = {
  address: '18 Harbor Way',
  city: 'Providence',
  state: 'RI',
  zip: '02903-1120',
  country: 'USA',
};

describe('bruin schemas - the spec examples parse', () => {
  it('token', () => {
    expect(
      bruinTokenResponse.parse({
        access_token: 'sim-7f3c0b9e4d',
        expires_in: 3600,
        token_type: 'Bearer',
        scope: 'public_api',
      }),
    ).toBeTruthy();
  });

  it('B1 and B2 ticket listings (total as number or string, In-Progress tolerated)', () => {
    const ticket = {
      clientID: 30412,
      clientName: 'Northwind Retail',
      ticketID: 7301455,
      category: 'SD-WAN',
      topic: 'Service Outage Trouble',
      callType: 'REP',
      ticketStatus: 'In-Progress',
      createDate: '4/11/2023 1:15:27 PM',
      createdBy: 'Automation Bot',
      severity: 2,
      address,
    };
    expect(bruinTicketListResponse.parse({ responses: [ticket] }).responses[0]?.ticketStatus).toBe(
      'In-Progress',
    );
    const basic = {
      clientID: 30412,
      ticketID: 7301990,
      ticketStatus: 'New',
      createDate: '4/11/2023 2:40:05 PM',
      address,
    };
    expect(
      bruinTicketBasicResponse.safeParse({
        total: 1,
        start: 0,
        currentPageSize: 100,
        responses: [basic],
      }).success,
    ).toBe(true);
    expect(
      bruinTicketBasicResponse.safeParse({
        total: '1',
        start: 0,
        currentPageSize: 1,
        responses: [basic],
      }).success,
    ).toBe(true);
  });

  it('B3 details with nullable task fields and verbatim notes', () => {
    const body = {
      ticketDetails: [
        {
          detailID: 9120331,
          detailType: 'Repair_WTN',
          detailStatus: 'I',
          detailValue: 'VC05200071234',
          assignedToName: '0',
          currentTaskID: null,
          currentTaskName: null,
          lastUpdatedBy: 550120,
          lastUpdatedAt: '2023-04-11T09:16:02.114-04:00',
        },
      ],
      ticketNotes: [
        {
          noteId: 80211544,
          noteValue: null,
          serviceNumber: ['VC05200071234'],
          createdDate: '2023-04-11T09:16:40.902-04:00',
          creator: 'ipa@example.net',
        },
      ],
    };
    expect(bruinTicketDetailsResponse.safeParse(body).success).toBe(true);
  });

  it('B5, B11, B14, B17, B19–B21, B23', () => {
    expect(
      bruinAdvancedNotesResponse.safeParse({
        ticketNotes: [
          {
            noteID: 80211602,
            noteType: 'ADN',
            noteValue: 'x',
            actionID: null,
            detailID: 9120331,
            enteredBy: 550120,
            enteredDate: '2023-04-11T09:30:11.05-04:00',
          },
        ],
      }).success,
    ).toBe(true);
    expect(
      bruinNextResultResponse.safeParse({
        currentTaskId: 10877002,
        currentTaskKey: '344',
        currentTaskName: 'IPA Investigate ',
        nextResults: [
          {
            resultTypeId: 139,
            resultName: 'Repair Completed',
            notes: [
              {
                noteType: 'RFO',
                noteDescription: 'Reason for Outage',
                availableValueOptions: [{ text: 'Power Failure', value: 'Power Failure' }],
                defaultValue: null,
                required: true,
              },
            ],
          },
        ],
      }).success,
    ).toBe(true);
    const row = {
      ClientName: 'Northwind Retail',
      'Ticket Entered Date': '202304111315',
      EnteredDate: '2023-04-11T13:15:27.2-04:00',
      CallTicketID: 7301455,
      'Initial Note @ Ticket Creation': "MetTel's IPA -- Service Outage Trouble",
      DetailID: 9120331,
      Product: 'SD-WAN',
      Asset: 'VC05200071234',
      Address1: '18 Harbor Way',
      Address2: null,
      City: 'Providence',
      State: 'RI',
      Zip: '02903',
      'Site Name': 'Store 114',
      NoteType: 'ADN',
      Notes: 'AI note',
      'Note Entered Date': '202304111316',
      EnteredDate_N: '2023-04-11T13:16:40.9-04:00',
      'Note Entered By': 'IPA Bot',
      'Task Assigned To': null,
      Task: null,
      'Task Result': null,
      SLA: 1,
      'Ticket Status': 'InProgress',
    };
    expect(bruinTaskHistoryResponse.safeParse({ result: [row] }).success).toBe(true);
    expect(
      bruinTicketContactsResponse.safeParse({
        results: [
          {
            userID: 'b5d1',
            dirID: 310220,
            clientID: 30412,
            username: 'OPS',
            email: 'ops@x.example',
            firstName: 'Dana',
            lastName: 'Okafor',
          },
        ],
      }).success,
    ).toBe(true);
    expect(
      bruinInventoryResponse.safeParse({
        documents: [
          {
            clientID: 30412,
            clientName: 'Northwind Retail',
            inventoryID: '18833410',
            serviceNumber: 'VC05200071234',
            siteId: 52207,
            status: 'A',
            hierarchy: 'x',
          },
        ],
      }).success,
    ).toBe(true);
    expect(
      bruinInventoryAttributesResponse.safeParse({
        inventoryId: '18833410',
        serviceNumber: 'VC05200071234',
        attributes: [{ key: 'Management Status', value: 'Active – Gold Monitoring' }],
      }).success,
    ).toBe(true);
    expect(
      bruinCircuitResponse.safeParse({
        clientID: 30412,
        subAccount: '0007',
        wtn: '44.KXRA.552019',
        inventoryID: 18833415,
        addressID: 990214,
      }).success,
    ).toBe(true);
    expect(
      bruinSiteResponse.safeParse({
        documents: [
          {
            clientID: 30412,
            clientName: 'Northwind Retail',
            siteID: '52207',
            siteLabel: 'Store 114',
            siteAddDate: '2021-05-20T15:02:33.120Z',
            address: { addressID: 660381, ...address },
            longitude: -71.4128,
            latitude: 41.824,
            businessHours: null,
            timeZone: null,
            primaryContactName: 'Store Manager',
            primaryContactPhone: '4015550199',
            primaryContactEmail: 'store114@nwretail.example',
          },
        ],
      }).success,
    ).toBe(true);
  });
});

describe('bruin schemas - strict where the engine reads, loose elsewhere', () => {
  it('keeps unknown fields', () => {
    const parsed = bruinErrorResponse.parse({
      message: 'm',
      messageDetail: null,
      data: null,
      type: 'ValidationException',
      code: 400,
      traceId: 'abc',
    });
    expect(parsed).toHaveProperty('traceId', 'abc');
  });

  it('rejects a wrong type or format on a read field', () => {
    const ticket = {
      clientID: '30412',
      ticketID: 1,
      ticketStatus: 'New',
      createDate: '4/11/2023 1:15:27 PM',
      address,
    };
    expect(
      bruinTicketBasicResponse.safeParse({
        total: 1,
        start: 0,
        currentPageSize: 1,
        responses: [ticket],
      }).success,
    ).toBe(false);
    const badDate = {
      clientID: 1,
      ticketID: 1,
      ticketStatus: 'New',
      createDate: '2023-04-11',
      address,
    };
    expect(
      bruinTicketBasicResponse.safeParse({
        total: 1,
        start: 0,
        currentPageSize: 1,
        responses: [badDate],
      }).success,
    ).toBe(false);
    const badStatus = {
      clientID: 1,
      ticketID: 1,
      ticketStatus: 'Open',
      createDate: '4/11/2023 1:15:27 PM',
      address,
    };
    expect(
      bruinTicketBasicResponse.safeParse({
        total: 1,
        start: 0,
        currentPageSize: 1,
        responses: [badStatus],
      }).success,
    ).toBe(false);
  });

  it('reads B7 items under items or assets, and needs one of them', () => {
    const item = {
      ticketId: 7301455,
      inventoryId: 18833410,
      wtn: 'VC05200071234',
      errorMessage: 'Ticket exists',
      errorCode: 409,
    };
    expect(bruinRepairItems(bruinRepairTicketResponse.parse({ assets: [item] }))).toEqual([item]);
    expect(
      bruinRepairItems(bruinRepairTicketResponse.parse({ message: null, items: [item] })),
    ).toEqual([item]);
    expect(bruinRepairTicketResponse.safeParse({ message: 'x' }).success).toBe(false);
    expect(
      bruinRepairTicketRequest.safeParse({
        ClientID: 1,
        WTNs: ['a'],
        RequestDescription: 'd',
        WtnInterfaces: { a: ['GE1'] },
      }).success,
    ).toBe(true);
  });

  it('needs serviceNumber or DetailId to unpause', () => {
    expect(bruinUnpauseRequest.safeParse({}).success).toBe(false);
    expect(bruinUnpauseRequest.safeParse({ DetailId: 1 }).success).toBe(true);
  });

  it('names every path once', () => {
    const paths = Object.values(bruinPaths);
    expect(new Set(paths).size).toBe(paths.length);
  });
});
