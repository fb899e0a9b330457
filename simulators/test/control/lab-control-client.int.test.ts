import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labControlClient, type RunningLab, startLab } from '../../src/index.js';

describe('labControlClient', () => {
  let lab: RunningLab;
  beforeAll(async () => {
    lab = await startLab({ seed: 3, edges: 10, hosts: 1, clock: { speed: 0 } });
  });
  afterAll(async () => {
    await lab.close();
  });

  it('returns the parsed JSON of a control route', async () => {
    const control = labControlClient(lab.urls.control);
    expect(await control<{ edges: number }>('GET', '/fleet')).toMatchObject({ edges: 10 });
  });

  it('throws with the status and body when the lab refuses', async () => {
    const control = labControlClient(lab.urls.control);
    await expect(control('POST', '/fleet/edges/NO-SUCH-SERIAL/down')).rejects.toThrow(
      /control POST \/fleet\/edges\/NO-SUCH-SERIAL\/down: 404/,
    );
  });
});
