/** Bruin answers that pass the vendor-apis schemas, for unit tests. Values are invented. */
export const SERIAL = 'VC05200071234';
export const CLIENT_ID = 30412;

const address = {
  address: '18 Harbor Way',
  city: 'Providence',
  state: 'RI',
  zip: '02903-1120',
  country: 'USA',
};

export function aTicket(overrides: Record<string, unknown> = {}) {
  return {
    clientID: CLIENT_ID,
    clientName: 'Northwind Retail',
    ticketID: 7301455,
    ticketStatus: 'InProgress',
    category: 'SD-WAN',
    topic: 'Service Outage Trouble',
    callType: 'REP',
    createDate: '4/11/2023 1:15:27 PM',
    createdBy: 'Automation Bot',
    severity: 2,
    address,
    ...overrides,
  };
}

export function aBasicPage(args: { total: number | string; tickets: unknown[] }) {
  return {
    total: args.total,
    start: 0,
    currentPageSize: args.tickets.length,
    responses: args.tickets,
  };
}

export const ticketDetailsAnswer = {
  ticketDetails: [
    {
      detailID: 9120331,
      detailType: 'Repair_WTN',
      detailStatus: 'I',
      detailValue: SERIAL,
      assignedToName: '0',
      currentTaskID: 10877002,
      currentTaskName: 'IPA Investigate',
      lastUpdatedBy: 550120,
      lastUpdatedAt: '2023-04-11T09:16:02.114-04:00',
    },
  ],
  ticketNotes: [
    {
      noteId: 80211544,
      noteValue: "#*MetTel's IPA*#\nTriage",
      serviceNumber: [SERIAL],
      createdDate: '2023-04-11T09:16:40.902-04:00',
      creator: 'ipa@example.net',
    },
  ],
};

export function aCreatedNote(noteID: number, noteType: 'ADN' | 'CON') {
  return {
    noteID,
    noteType,
    noteValue: 'text',
    actionID: null,
    detailID: 9120331,
    enteredBy: 550120,
    enteredDate: '2023-04-11T09:30:11.05-04:00',
  };
}

export function nextResultsAnswer(currentTaskName: string | null, names: string[]) {
  return {
    currentTaskId: 10877002,
    currentTaskKey: '344',
    currentTaskName,
    nextResults: names.map((resultName, i) => ({ resultTypeId: 139 + i, resultName, notes: [] })),
  };
}

export const taskHistoryRow = {
  ClientName: 'Northwind Retail',
  'Ticket Entered Date': '202304111315',
  EnteredDate: '2023-04-11T13:15:27.2-04:00',
  CallTicketID: 7301455,
  'Initial Note @ Ticket Creation': "MetTel's IPA -- Service Outage Trouble",
  DetailID: 9120331,
  Product: 'SD-WAN',
  Asset: SERIAL,
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

export function aRepairAnswer(
  items: { ticketId: number; errorCode: number | null; wtn?: string }[],
  under: 'items' | 'assets' = 'items',
) {
  return {
    message: null,
    [under]: items.map((item) => ({
      ticketId: item.ticketId,
      inventoryId: 18833410,
      wtn: item.wtn ?? SERIAL,
      errorMessage: item.errorCode === null ? null : 'Ticket exists',
      errorCode: item.errorCode,
    })),
  };
}

export function anInventoryDocument(overrides: Record<string, unknown> = {}) {
  return {
    clientID: CLIENT_ID,
    clientName: 'Northwind Retail',
    inventoryID: '18833410',
    serviceNumber: SERIAL,
    siteId: 52207,
    status: 'A',
    ...overrides,
  };
}

export function attributesAnswer(attributes: { key: string; value: string | null }[]) {
  return { inventoryId: '18833410', serviceNumber: SERIAL, attributes };
}

export const circuitAnswer = {
  clientID: CLIENT_ID,
  subAccount: '0007',
  wtn: '44.KXRA.552019',
  inventoryID: 18833415,
  addressID: 990214,
};

export const phoneLineAnswer = {
  inventoryId: 18840022,
  clientId: CLIENT_ID,
  clientName: 'Northwind Retail',
  btn: '4015550100',
};

export const aSite = {
  clientID: CLIENT_ID,
  clientName: 'Northwind Retail',
  siteID: '52207',
  siteLabel: 'Store 114',
  siteAddDate: '2021-05-20T15:02:33.120Z',
  address: { addressID: 660381, ...address },
  longitude: -71.4128,
  latitude: 41.824,
  businessHours: null,
  timeZone: 'Eastern',
  primaryContactName: 'Store Manager',
  primaryContactPhone: '4015550199',
  primaryContactEmail: 'store114@nwretail.example',
};

export const aContact = {
  userID: 'b5d1c2e0-41aa-4e8f-9c3d-0a7e55f1c902',
  dirID: 310220,
  clientID: CLIENT_ID,
  username: 'OPS@NWRETAIL.EXAMPLE',
  email: 'ops@nwretail.example',
  firstName: 'Dana',
  lastName: 'Okafor',
  phone: '4015550142',
};

export const topicsAnswer = {
  callTypes: [
    {
      callType: 'REP',
      callTypeDescription: 'Repair Request',
      category: 'VOO',
      categoryDescription: 'Service Outage Trouble',
    },
  ],
};
