/** `YYYY-MM-DDTHH:MM:SSZ`: the date-time format of Hawkeye and DiGi. */
export function formatIsoSeconds(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(0, 19)}Z`;
}
