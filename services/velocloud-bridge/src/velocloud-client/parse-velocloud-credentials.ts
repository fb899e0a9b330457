/** The operator login of one VCO host. */
export interface VcoHostCredentials {
  host: string;
  username: string;
  password: string;
}

/**
 * Parses `VELOCLOUD_CREDENTIALS` in the original's format, `host+user+password;host+user+password`.
 * Empty blocks (a trailing `;`) are skipped; a password may itself contain `+`. Throws an `Error`
 * naming the bad block by position, never by content (it holds a password).
 */
export function parseVelocloudCredentials(text: string): VcoHostCredentials[] {
  const hosts: VcoHostCredentials[] = [];
  const blocks = text.split(';').map((block) => block.trim());
  for (const [index, block] of blocks.entries()) {
    if (block === '') continue;
    const [host = '', username = '', ...rest] = block.split('+');
    const password = rest.join('+');
    if (host.trim() === '' || username === '' || rest.length === 0) {
      throw new Error(
        `block ${String(index + 1)} must be host+user+password (blocks separated by ";")`,
      );
    }
    if (hosts.some((existing) => existing.host === host.trim())) {
      throw new Error(`block ${String(index + 1)} repeats host ${host.trim()}`);
    }
    hosts.push({ host: host.trim(), username, password });
  }
  if (hosts.length === 0) throw new Error('must name at least one host+user+password');
  return hosts;
}
