/** DRI paths, relative to the bridge's `BASE_URL`. R-numbers as in spec/vendor-apis.md §7. */
export const driPaths = {
  login: '/auth/login', // POST, form
  taskPending: '/acs/device/{serial}/taskpending', // R1
  parameterReturnId: '/acs/device/{serial}/parameter_returnid', // R2, ?data=<JSON>
  parameterTaskId: '/acs/device/{serial}/parameter_tid', // R3, ?transactionid=<Id>
} as const;
export type DriPathName = keyof typeof driPaths;
