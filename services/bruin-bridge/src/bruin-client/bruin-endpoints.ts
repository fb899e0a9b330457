import {
  bruinAdvancedNotesResponse,
  bruinAnyJson,
  bruinAssetTopicsResponse,
  bruinCircuitResponse,
  bruinDetailIdsResponse,
  bruinDetailStatusResponse,
  bruinEmailLinkResponse,
  bruinEmailReplyResponse,
  bruinEmailStatusResponse,
  bruinInventoryAttributesResponse,
  bruinInventoryResponse,
  bruinMilestoneResponse,
  bruinNextResultResponse,
  bruinNoteAppendResponse,
  bruinPaths,
  bruinPhoneLineResponse,
  bruinRepairTicketResponse,
  bruinSeverityResponse,
  bruinSiteResponse,
  bruinSubscribeUserResponse,
  bruinTaskHistoryResponse,
  bruinTicketBasicResponse,
  bruinTicketCloseResponse,
  bruinTicketContactsResponse,
  bruinTicketCreationResponse,
  bruinTicketDetailsResponse,
  bruinTicketListResponse,
  bruinUnpauseResponse,
  bruinWorkQueueChangeResponse,
} from '@automation-engine/vendor-apis';
import type { z } from 'zod';

export type BruinMethod = 'GET' | 'POST' | 'PUT';

/** One Bruin endpoint: how to call it and the vendor-apis schema its success answer must match. */
export interface BruinEndpoint<S extends z.ZodType = z.ZodType> {
  readonly method: BruinMethod;
  /** Relative to `BRUIN_BASE_URL`; `{name}` marks a path parameter. */
  readonly path: string;
  readonly response: S;
  readonly headers?: Readonly<Record<string, string>>;
}

function endpoint<S extends z.ZodType>(spec: BruinEndpoint<S>): BruinEndpoint<S> {
  return Object.freeze(spec);
}

/**
 * Every Bruin endpoint the bridge calls (spec/vendor-apis.md §2.3, B-numbers in comments). An empty
 * answer (204) is read as `null` before it is checked, so only the endpoints whose schema accepts
 * null may answer without content.
 */
export const bruinEndpoints = {
  tickets: endpoint({ method: 'GET', path: bruinPaths.tickets, response: bruinTicketListResponse }), // B1
  ticketsBasic: endpoint({
    method: 'GET',
    path: bruinPaths.ticketsBasic,
    response: bruinTicketBasicResponse,
  }), // B2
  ticketDetails: endpoint({
    method: 'GET',
    path: bruinPaths.ticketDetails,
    response: bruinTicketDetailsResponse,
  }), // B3
  noteAppend: endpoint({
    method: 'POST',
    path: bruinPaths.noteAppend,
    response: bruinNoteAppendResponse,
  }), // B4
  notesAdvanced: endpoint({
    method: 'POST',
    path: bruinPaths.notesAdvanced,
    response: bruinAdvancedNotesResponse,
  }), // B5
  ticketCreation: endpoint({
    method: 'POST',
    path: bruinPaths.ticketCreation,
    response: bruinTicketCreationResponse,
  }), // B6
  repairTicket: endpoint({
    method: 'POST',
    path: bruinPaths.repairTicket,
    response: bruinRepairTicketResponse,
  }), // B7
  detailStatus: endpoint({
    method: 'PUT',
    path: bruinPaths.detailStatus,
    response: bruinDetailStatusResponse,
  }), // B8
  ticketClose: endpoint({
    method: 'PUT',
    path: bruinPaths.ticketClose,
    response: bruinTicketCloseResponse,
  }), // B9
  severity: endpoint({ method: 'PUT', path: bruinPaths.severity, response: bruinSeverityResponse }), // B10
  nextResult: endpoint({
    method: 'GET',
    path: bruinPaths.nextResult,
    response: bruinNextResultResponse,
  }), // B11
  workQueue: endpoint({
    method: 'PUT',
    path: bruinPaths.workQueue,
    response: bruinWorkQueueChangeResponse,
  }), // B12
  unpause: endpoint({ method: 'POST', path: bruinPaths.unpause, response: bruinUnpauseResponse }), // B13
  taskHistory: endpoint({
    method: 'GET',
    path: bruinPaths.taskHistory,
    response: bruinTaskHistoryResponse,
  }), // B14
  detailIds: endpoint({
    method: 'GET',
    path: bruinPaths.detailIds,
    response: bruinDetailIdsResponse,
    headers: { 'api-version': '2.0' },
  }), // B15
  assetTopics: endpoint({
    method: 'GET',
    path: bruinPaths.assetTopics,
    response: bruinAssetTopicsResponse,
  }), // B16
  ticketContacts: endpoint({
    method: 'GET',
    path: bruinPaths.ticketContacts,
    response: bruinTicketContactsResponse,
  }), // B17
  subscribeUser: endpoint({
    method: 'POST',
    path: bruinPaths.subscribeUser,
    response: bruinSubscribeUserResponse,
  }), // B18
  inventory: endpoint({
    method: 'GET',
    path: bruinPaths.inventory,
    response: bruinInventoryResponse,
  }), // B19
  inventoryAttributes: endpoint({
    method: 'GET',
    path: bruinPaths.inventoryAttributes,
    response: bruinInventoryAttributesResponse,
  }), // B20
  circuit: endpoint({
    method: 'GET',
    path: bruinPaths.circuit,
    response: bruinCircuitResponse.nullable(), // unknown circuit: 204, no content
  }), // B21
  phoneLines: endpoint({
    method: 'GET',
    path: bruinPaths.phoneLines,
    response: bruinPhoneLineResponse,
  }), // B22
  site: endpoint({ method: 'GET', path: bruinPaths.site, response: bruinSiteResponse }), // B23
  milestoneEmail: endpoint({
    method: 'POST',
    path: bruinPaths.milestoneEmail,
    response: bruinMilestoneResponse,
  }), // B24
  emailReplyAll: endpoint({
    method: 'POST',
    path: bruinPaths.emailReplyAll,
    response: bruinEmailReplyResponse,
  }), // B25
  emailStatus: endpoint({
    method: 'POST',
    path: bruinPaths.emailStatus,
    response: bruinEmailStatusResponse,
  }), // B26
  emailTag: endpoint({ method: 'POST', path: bruinPaths.emailTag, response: bruinAnyJson }), // B27: 204
  emailLinkTicket: endpoint({
    method: 'POST',
    path: bruinPaths.emailLinkTicket,
    response: bruinEmailLinkResponse,
  }), // B28
} as const;

export type BruinEndpointName = keyof typeof bruinEndpoints;
