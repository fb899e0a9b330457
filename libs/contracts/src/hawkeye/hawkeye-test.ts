import { z } from 'zod';
import { defineContract } from '../define-contract.js';

/** One metric of a test result (numbers as strings). */
export const hawkeyeResultMetric = z.looseObject({
  metric: z.string(),
  pairName: z.string(),
  value: z.string(),
  threshold: z.string(),
  thresholdType: z.string(),
  status: z.string(),
});

/** A test result: the H2 summary and the metrics of its H3 detail. */
export const hawkeyeProbeTestResult = z.looseObject({
  summary: z.looseObject({
    id: z.string(),
    date: z.string(),
    status: z.string(),
    testType: z.string(),
    probeFrom: z.string(),
    probeTo: z.string(),
  }),
  metrics: z.array(hawkeyeResultMetric),
});
export type HawkeyeProbeTestResult = z.infer<typeof hawkeyeProbeTestResult>;

/**
 * `hawkeye.test.request` → per probe uid every page of `GET /testsresults` in the interval, then
 * `GET /testsresults/{id}` per result (a failing detail is skipped). Replies
 * `{<probe_uid>: [{summary, metrics}]}`. Echoes `request_id`.
 */
export const hawkeyeTestRequest = defineContract({
  subject: 'hawkeye.test.request',
  request: z.looseObject({
    probe_uids: z.array(z.string().min(1)),
    interval: z.looseObject({ start: z.string().min(1), end: z.string().min(1) }),
  }),
  response: z.record(z.string(), z.array(hawkeyeProbeTestResult)),
  timeoutMs: 120_000,
  echoRequestId: true,
  description: 'Test results of Hawkeye probes in an interval, with their metrics',
});
