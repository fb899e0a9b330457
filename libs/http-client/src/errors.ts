/** The auth hook's `login()` failed, so the request that needed it was never sent. */
export class VendorLoginError extends Error {
  override readonly name = 'VendorLoginError';
  readonly vendor: string;

  constructor(vendor: string, options: { cause: unknown }) {
    super(`${vendor}: login failed`, { cause: options.cause });
    this.vendor = vendor;
  }
}
