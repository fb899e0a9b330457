import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nodemailer from 'nodemailer';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLab, type RunningLab } from '../../src/start-lab.js';

/** Debian's chromium; CI installs it. Missing → the test fails (it does not skip). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
const SCREENSHOT = fileURLToPath(new URL('../.artifacts/console.png', import.meta.url));

let lab: RunningLab;
let browser: Browser | undefined;
beforeAll(async () => {
  lab = await startLab({ seed: 5, edges: 40, hosts: 2, clock: { speed: 0 } });
});
afterAll(async () => {
  await browser?.close();
  await lab.close();
});

async function control(method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${lab.urls.control}${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  expect(response.status, `${method} ${path}`).toBeLessThan(300);
  return response.json();
}

describe('lab console (headless Chromium)', () => {
  it('renders the fleet, the offline edge, open tickets with notes, e-mails and Slack, and refreshes itself', async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium is not at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH. ` +
          'This test renders the lab console and must not be skipped.',
      );
    }
    const [down, later] = lab.fleet.edges.filter(
      (e) => e.links.length > 0 && e.initialState === 'CONNECTED',
    );
    if (down === undefined || later === undefined) throw new Error('no edge; change the seed');
    await control('POST', `/fleet/edges/${down.serial}/down`);
    await control('POST', '/bruin/tickets', {
      serviceNumbers: [down.serial],
      notes: ["#*MetTel's IPA*#\nTriage (VeloCloud)\nEdge is OFFLINE"],
    });
    await fetch(lab.urls.slack ?? '', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        text: `[service-outage-monitor] Outage ticket created for ${down.serial}`,
      }),
    });
    const smtp = new URL(lab.urls.email ?? '');
    await nodemailer
      .createTransport({
        host: smtp.hostname,
        port: Number(smtp.port),
        secure: false,
        tls: { rejectUnauthorized: false },
      })
      .sendMail({
        from: 'automation@mettel.example',
        to: 'noc@mettel.example',
        subject: 'Outage report',
        text: 'One edge is offline.',
      });

    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(`${lab.urls.control}/`);
    await page.waitForSelector('body[data-rendered="true"]');
    for (const heading of [
      'Fleet',
      'Edges not CONNECTED',
      'Open tickets',
      'E-mails',
      'Slack messages',
    ]) {
      expect(await page.getByRole('heading', { name: heading }).isVisible(), heading).toBe(true);
    }
    const downEdges = page.locator('#down-edges');
    expect(await downEdges.getByText(down.serial).isVisible()).toBe(true);
    expect(await downEdges.getByText('OFFLINE').first().isVisible()).toBe(true);
    expect(
      await page.locator('#tickets').getByText('Triage (VeloCloud)', { exact: false }).isVisible(),
    ).toBe(true);
    expect(await page.locator('#emails').getByText('Outage report').isVisible()).toBe(true);
    expect(await page.locator('#slack').getByText(down.serial, { exact: false }).isVisible()).toBe(
      true,
    );
    expect(await page.locator('#fleet').getByText('mettel.velocloud.net').isVisible()).toBe(true);

    // It refreshes on its own: a second edge taken down appears without a reload.
    await control('POST', `/fleet/edges/${later.serial}/down`);
    await downEdges.getByText(later.serial).waitFor({ state: 'visible', timeout: 15_000 });

    mkdirSync(fileURLToPath(new URL('../.artifacts/', import.meta.url)), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(existsSync(SCREENSHOT)).toBe(true);
  });
});
