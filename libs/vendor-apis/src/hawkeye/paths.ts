/**
 * Hawkeye paths (all relative to the bridge's `BASE_URL`, the full API prefix). H-numbers as in
 * spec/vendor-apis.md §4. `{id}` marks a path parameter.
 */
export const hawkeyePaths = {
  login: '/login', // POST
  probes: '/probes', // H1
  testResults: '/testsresults', // H2
  testResultDetail: '/testsresults/{id}', // H3
} as const;
export type HawkeyePathName = keyof typeof hawkeyePaths;
