import { z } from 'zod';
import {
  hawkeyeDateTime,
  hawkeyeLooseNumber,
  hawkeyeNumericString,
  hawkeyePage,
} from './common.js';

/** A test's outcome: `Failed` drives affecting tickets, `Passed` may close them. */
export const HAWKEYE_TEST_STATUSES = ['Passed', 'Failed', 'Error'] as const;
export const hawkeyeTestStatus = z.enum(HAWKEYE_TEST_STATUSES);
export type HawkeyeTestStatus = z.infer<typeof hawkeyeTestStatus>;

/** Test modules: real-service tests and node-to-node meshes. */
export const HAWKEYE_TEST_MODULES = ['RealService', 'N2N'] as const;

/** H2 record (TestSummary). */
export const hawkeyeTestSummary = z.looseObject({
  id: hawkeyeNumericString,
  date: hawkeyeDateTime,
  duration: hawkeyeLooseNumber,
  meshId: hawkeyeLooseNumber,
  mesh: hawkeyeLooseNumber,
  module: z.string(),
  probeFrom: z.string(),
  probeTo: z.string(),
  reasonCause: z.string(),
  status: hawkeyeTestStatus,
  testId: z.string(),
  testOptions: z.string(),
  testTag: z.string(),
  testType: z.string(),
  userId: z.string(),
});
export type HawkeyeTestSummary = z.infer<typeof hawkeyeTestSummary>;

/** H2 `GET /testsresults` answer (one page). */
export const hawkeyeTestResultsResponse = hawkeyePage(hawkeyeTestSummary);
export type HawkeyeTestResultsResponse = z.infer<typeof hawkeyeTestResultsResponse>;

/** H2 query, as the bridge sends it (dates as the caller gave them; `probeFrom` = probe uid). */
export const hawkeyeTestResultsQuery = z.looseObject({
  startDate: z.string().min(1),
  endDate: z.string().min(1),
  probeFrom: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).optional(),
  offset: z.coerce.number().int().min(0).optional(),
});
export type HawkeyeTestResultsQuery = z.infer<typeof hawkeyeTestResultsQuery>;

/** `thresholdType`: `"0"` the value must stay below the threshold, `"1"` above it. */
export const HAWKEYE_THRESHOLD_TYPES = { upperBound: '0', lowerBound: '1' } as const;

/** One metric of a test detail (numbers as strings). */
export const hawkeyeTestMetric = z.looseObject({
  metric: z.string(),
  pairName: z.string(),
  value: z.string(),
  threshold: z.string(),
  thresholdType: z.enum(['0', '1']),
  status: hawkeyeTestStatus,
});
export type HawkeyeTestMetric = z.infer<typeof hawkeyeTestMetric>;

/** H3 `GET /testsresults/{id}` answer (TestDetail): the summary fields plus the metrics. */
export const hawkeyeTestDetail = z.looseObject({
  id: hawkeyeNumericString,
  date: hawkeyeDateTime,
  duration: hawkeyeLooseNumber,
  status: hawkeyeTestStatus,
  reasonCause: z.string(),
  module: z.string(),
  testId: z.string(),
  testType: z.string(),
  parameters: z.string(),
  probeFrom: z.string(),
  probeTo: z.string(),
  probeFromId: z.string(),
  probeToId: z.string(),
  mesh: hawkeyeLooseNumber,
  meshId: hawkeyeLooseNumber,
  metrics: z.array(hawkeyeTestMetric),
});
export type HawkeyeTestDetail = z.infer<typeof hawkeyeTestDetail>;
