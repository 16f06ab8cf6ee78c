import fsp from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { loadConfig, repoRoot } from '../../../src/server/config';
import { startServer, type RunningServer } from '../../../src/server/main';
import { serverMounts } from '../../../src/server/mounts';
import { PLAYGROUND_CSP } from '../../../src/server/plugins/playground';

jest.setTimeout(120_000);

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const screenshot = path.join(repoRoot, 'test-output', 'playground.png');

describe('playgroundMount', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer(loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' }), {
      mounts: serverMounts,
      loadSeed: true,
    });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it.each(['/', '/graphiql'])('serves the page at %s with a same-origin Content-Security-Policy', async (p) => {
    const response = await fetch(`${server.url}${p}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(PLAYGROUND_CSP);
    const html = await response.text();
    expect(html).toContain('/playground-assets/graphiql.min.js');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('runs the example queries in the browser with no request leaving the server', async () => {
    const origin = new URL(server.url).origin;
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      // A CSP violation shows up as a console error; any of them means the policy and the page disagree.
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });

    await page.goto(`${server.url}/`);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });
    expect(await page.locator('.graphiql-tab').allTextContents()).toEqual(
      ['PolicyRegionLinks', 'RegionMetrics', 'Search', 'PathBetween', 'CompareIndicators', 'IndicatorSeries'].map((t) => expect.stringContaining(t)),
    );

    // The first tab is active: run it with the button.
    await page.click('.graphiql-execute-button');
    await page.locator('.result-window', { hasText: '"policyRegionLinks"' }).waitFor({ timeout: 30_000 });
    // Whether this policy reaches a region depends on the extractor's SUPPORTS rules; the query itself must run
    // with the tab's variables (GraphiQL used to drop them for the first tab).
    expect(await page.locator('.result-window').textContent()).not.toContain('"errors"');

    // Switch to the search tab and run it with Ctrl+Enter. GraphiQL picks up the tab's operation name after
    // a short debounce, so give it a moment before running.
    await page.locator('.graphiql-tab', { hasText: 'Search' }).click();
    await page.waitForTimeout(1000);
    await page.locator('.graphiql-query-editor .CodeMirror').click();
    await page.keyboard.press('Control+Enter');
    await page.locator('.result-window', { hasText: '陆海新通道' }).waitFor({ timeout: 30_000 });
    const result = (await page.locator('.result-window').textContent()) ?? '';
    expect(result).toContain('"search"');
    expect(result).toContain('Passage');

    await fsp.mkdir(path.dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot });
    expect((await fsp.stat(screenshot)).size).toBeGreaterThan(10_000);

    expect(requests.length).toBeGreaterThanOrEqual(7);
    expect(requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin)).toEqual([]);
    expect(requests).toEqual(expect.arrayContaining([`${origin}/graphql`, `${origin}/playground-assets/graphiql.min.js`]));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('loads an example into the current tab from the Examples panel', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/graphiql`);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });
    await page.locator('button[aria-label="Show Examples"]').click();
    await page.locator('.kg-example', { hasText: 'Path between two nodes' }).click();
    await expect(page.locator('.graphiql-query-editor').textContent()).resolves.toContain('PathBetween');
    await page.close();
  });

  it('does not serve files outside the bundle', async () => {
    expect((await fetch(`${server.url}/playground-assets/package.json`)).status).toBe(404);
    expect((await fetch(`${server.url}/playground-assets/..%2Fpackage.json`)).status).toBe(404);
  });
});
