/** Calls the lab's control API: JSON in and out, a readable error on any non-2xx answer. */
export type LabControl = <T = unknown>(method: string, path: string, body?: unknown) => Promise<T>;

/** A client of the control API at `controlUrl`, for tests and scripts that arrange lab state. */
export function labControlClient(controlUrl: string): LabControl {
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${controlUrl}${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    });
    const text = await response.text();
    if (!response.ok) {
      throw new Error(`control ${method} ${path}: ${String(response.status)} ${text}`);
    }
    return (text === '' ? undefined : JSON.parse(text)) as T;
  };
}
