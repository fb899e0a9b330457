import type {
  BruinRepairItemShape,
  BruinTicketDetailShape,
} from '@automation-engine/contracts/bruin';
import type { CachedLogicalId } from '@automation-engine/contracts/customer-cache';

/** What Bruin's answer to a repair request says about the edge (§2.5 code table). */
export type CreationOutcome =
  | 'created'
  | 'already-open'
  | 'resolved-not-reopened'
  | 'reopened-by-bruin'
  | 'site-ticket-reopened'
  | 'unavailable'
  | 'unknown';

const OUTCOME_OF_CODE: Readonly<Record<number, CreationOutcome>> = {
  409: 'already-open',
  471: 'resolved-not-reopened',
  472: 'reopened-by-bruin',
  473: 'site-ticket-reopened',
};

export interface CreationBreakdown {
  message: string | null;
  edgeItem: BruinRepairItemShape | null;
  /** Items of the edge's faulty lines (wtn = a faulty interface's service number). */
  lineItems: BruinRepairItemShape[];
  /** Items that are neither (only logged). */
  unmappedItems: BruinRepairItemShape[];
}

/** Bruin's full answer body (items, or assets for some codes), or a short-form ticket id. */
export type RepairAnswer =
  | number
  | {
      message?: string | null | undefined;
      items?: BruinRepairItemShape[] | undefined;
      assets?: BruinRepairItemShape[] | undefined;
    };

export function breakDownCreationAnswer(
  answer: RepairAnswer,
  edge: {
    serial: string;
    faultyInterfaces: readonly string[];
    logicalIds: readonly CachedLogicalId[];
  },
): CreationBreakdown {
  const { serial, faultyInterfaces, logicalIds } = edge;
  if (typeof answer === 'number') {
    return { message: null, edgeItem: null, lineItems: [], unmappedItems: [] };
  }
  const items = [...(answer.items ?? []), ...(answer.assets ?? [])];
  const lineNumbers = new Set(
    logicalIds
      .filter((id) => faultyInterfaces.includes(id.interface_name))
      .map((id) => id.service_number)
      .filter((number): number is string => number !== null),
  );
  let edgeItem: BruinRepairItemShape | null = null;
  const lineItems: BruinRepairItemShape[] = [];
  const unmappedItems: BruinRepairItemShape[] = [];
  for (const item of items) {
    if (item.wtn === serial) edgeItem ??= item;
    else if (lineNumbers.has(item.wtn)) lineItems.push(item);
    else unmappedItems.push(item);
  }
  return { message: answer.message ?? null, edgeItem, lineItems, unmappedItems };
}

export function creationOutcomeOf(item: BruinRepairItemShape): CreationOutcome {
  const code = item.errorCode ?? null;
  if (code === null && item.ticketId === 0) return 'unavailable';
  if (code === null || (code >= 200 && code < 300)) return 'created';
  return OUTCOME_OF_CODE[code] ?? 'unknown';
}

const ADDITIONAL_LINE = "We'll add an additional line";
const ADDITIONAL_LINE_FAILED = 'Failed to add additional line';

export interface LineForward {
  item: BruinRepairItemShape;
  detailId: number;
}

export interface LineSkip {
  item: BruinRepairItemShape;
  reason: string;
}

function detailOf(
  item: BruinRepairItemShape,
  details: readonly BruinTicketDetailShape[],
): BruinTicketDetailShape | undefined {
  return details.find((detail) => detail.detailValue === item.wtn);
}

/** Line items whose task goes to the IPA queue now (§2.5 "Line items" 1). */
export function ipaLineForwards(
  lineItems: readonly BruinRepairItemShape[],
  details: readonly BruinTicketDetailShape[],
): { forwards: LineForward[]; skips: LineSkip[] } {
  const forwards: LineForward[] = [];
  const skips: LineSkip[] = [];
  for (const item of lineItems) {
    const code = item.errorCode ?? null;
    const message = item.errorMessage ?? '';
    const eligible =
      item.ticketId !== 0 &&
      (code === null ||
        code === 471 ||
        code === 472 ||
        code === 473 ||
        (code === 0 &&
          message.includes(ADDITIONAL_LINE) &&
          !message.includes(ADDITIONAL_LINE_FAILED)));
    if (!eligible) continue;
    const detail = detailOf(item, details);
    if (detail === undefined) {
      skips.push({ item, reason: `no ticket detail for line ${item.wtn}` });
    } else if (detail.currentTaskName === 'IPA Investigate') {
      skips.push({ item, reason: `line ${item.wtn} already in IPA Investigate` });
    } else {
      forwards.push({ item, detailId: detail.detailID });
    }
  }
  return { forwards, skips };
}

const WORKER_CODES = new Set([409, 471, 472, 473]);

/** Line items that get a deferred Dedicated Worker Queue forward (§2.5 "Line items" 2). */
export function workerLineForwards(
  lineItems: readonly BruinRepairItemShape[],
  details: readonly BruinTicketDetailShape[],
): { forwards: LineForward[]; skips: LineSkip[] } {
  const forwards: LineForward[] = [];
  const skips: LineSkip[] = [];
  for (const item of lineItems) {
    const code = item.errorCode ?? null;
    if (item.ticketId === 0 || !(code === null || WORKER_CODES.has(code))) continue;
    const detail = detailOf(item, details);
    if (detail === undefined) skips.push({ item, reason: `no ticket detail for line ${item.wtn}` });
    else forwards.push({ item, detailId: detail.detailID });
  }
  return { forwards, skips };
}
