import type { HawkeyeProbeTestResult } from '@automation-engine/contracts/hawkeye';
import { hawkeyeTestRequest } from '@automation-engine/contracts/hawkeye';
import type { HawkeyeTestSummary } from '@automation-engine/vendor-apis';
import { defineHandler, type HawkeyeHandlerContext } from './define-handler.js';
import { mapLimited } from './map-limited.js';

/**
 * `hawkeye.test.request`: per probe uid, every page of `GET /testsresults` in the interval, then
 * `GET /testsresults/{id}` per result; a result whose detail fails is skipped, as the original did.
 * Replies `{<probe_uid>: [{summary, metrics}]}`.
 */
export const getTestResults = defineHandler(hawkeyeTestRequest, async (body, context) => {
  const reply: Record<string, HawkeyeProbeTestResult[]> = {};
  for (const uid of body.probe_uids) {
    const summaries = await context.hawkeye.testResults(
      { startDate: body.interval.start, endDate: body.interval.end, probeFrom: uid },
      context.logger,
    );
    const results = await mapLimited(summaries, context.detailConcurrency, (summary) =>
      withMetrics(context, summary),
    );
    reply[uid] = results.filter((result) => result !== undefined);
  }
  return { status: 200, body: reply };
});

async function withMetrics(
  context: HawkeyeHandlerContext,
  summary: HawkeyeTestSummary,
): Promise<HawkeyeProbeTestResult | undefined> {
  try {
    const detail = await context.hawkeye.testResultDetail(summary.id);
    return { summary, metrics: detail.metrics };
  } catch (error) {
    context.logger.warn(
      { testResultId: summary.id, error: (error as Error).message },
      'hawkeye test result detail failed: skipped',
    );
    return undefined;
  }
}
