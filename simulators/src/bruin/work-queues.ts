import type { BruinNextResultNote } from '@automation-engine/vendor-apis';

/** The work queues (task results) tickets move through. Ids are the lab's own. */
export interface WorkQueue {
  resultTypeId: number;
  resultName: string;
  notes: BruinNextResultNote[];
}

export const INITIAL_TASK_NAME = 'IPA Investigate';

export const WORK_QUEUES: readonly WorkQueue[] = [
  {
    resultTypeId: 139,
    resultName: 'Repair Completed',
    notes: [
      {
        noteType: 'RFO',
        noteDescription: 'Reason for Outage',
        availableValueOptions: [
          { text: 'Power Failure', value: 'Power Failure' },
          { text: 'Carrier Issue', value: 'Carrier Issue' },
        ],
        defaultValue: null,
        required: true,
      },
    ],
  },
  { resultTypeId: 140, resultName: 'HNOC Investigate', notes: [] },
  { resultTypeId: 141, resultName: 'IPA Investigate', notes: [] },
  { resultTypeId: 142, resultName: 'ASR Investigate', notes: [] },
  { resultTypeId: 143, resultName: 'Wireless Repair Intervention Needed', notes: [] },
  { resultTypeId: 144, resultName: 'Dedicated Worker Queue', notes: [] },
  { resultTypeId: 145, resultName: 'No Trouble Found - Carrier Issue', notes: [] },
  { resultTypeId: 146, resultName: 'Request Completed', notes: [] },
];

export function workQueueById(resultTypeId: number): WorkQueue | undefined {
  return WORK_QUEUES.find((q) => q.resultTypeId === resultTypeId);
}
