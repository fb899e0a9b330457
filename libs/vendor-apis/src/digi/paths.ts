/** DiGi paths, relative to `DIGI_BASE_URL`. D-numbers as in spec/vendor-apis.md §6. */
export const digiPaths = {
  token: '/Identity/rest/oauth/token', // POST
  recoverDevice: '/DeviceManagement_API/rest/Recovery/RecoverDevice', // D1, POST
  recoveryLogs: '/DeviceManagement_API/rest/Recovery/Logs', // D2, GET
} as const;
export type DigiPathName = keyof typeof digiPaths;
