export interface ReadinessCheck {
  name: string;
  /** Ready only when it returns (or resolves to) `true`. */
  check: () => boolean | Promise<boolean>;
}

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, boolean>;
  /** Why each failing check failed: "returned false", "timed out after 2000 ms" or the error's message. */
  reasons: Record<string, string>;
}

const TIMED_OUT = Symbol('timed out');

async function runOne(check: ReadinessCheck, timeoutMs: number): Promise<string | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => {
      resolve(TIMED_OUT);
    }, timeoutMs);
  });
  try {
    const result = await Promise.race([Promise.resolve().then(check.check), timeout]);
    if (result === TIMED_OUT) return `timed out after ${timeoutMs} ms`;
    return result ? undefined : 'returned false';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs every check at once; one that throws or outlasts `timeoutMs` counts as not ready. */
export async function runReadiness(
  checks: readonly ReadinessCheck[],
  timeoutMs = 2000,
): Promise<ReadinessReport> {
  const outcomes = await Promise.all(checks.map((check) => runOne(check, timeoutMs)));
  const report: ReadinessReport = { ready: true, checks: {}, reasons: {} };
  checks.forEach(({ name }, index) => {
    const reason = outcomes[index];
    report.checks[name] = reason === undefined;
    if (reason !== undefined) {
      report.ready = false;
      report.reasons[name] = reason;
    }
  });
  return report;
}
