import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadConfig, repoRoot } from '../../../src/server/config';
import { startServer, type RunningServer } from '../../../src/server/main';
import { serverMounts } from '../../../src/server/mounts';
import { EXPLORER_CSP } from '../../../src/server/plugins/explorer';
import { SEED_REPORT_ID } from '../../support/testStore';

jest.setTimeout(180_000);

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const outDir = path.join(repoRoot, 'test-output');
const seedText = fs.readFileSync(path.join(repoRoot, 'seeds', 'reports', `${SEED_REPORT_ID}.txt`), 'utf8');

const CORRIDOR_PLAN = 'policy:重庆市加快建设西部陆海新通道五年行动方案(2023—2027年)';
const CORRIDOR_TITLE = '《重庆市加快建设西部陆海新通道五年行动方案(2023—2027年)》';
const ACTION_PLAN = 'policy:重庆市推动成渝地区双城经济圈建设行动方案(2023—2027年)';
const CORRIDOR_EDGE = `${CORRIDOR_PLAN}|SUPPORTS|region:重庆市`;

type Point = { x: number; y: number };

/** A page that records every request and every console error or page error (a CSP violation is one). */
async function trackedPage(browser: Browser, origin: string) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const requests: { url: string; authorization?: string }[] = [];
  const problems: string[] = [];
  page.on('request', (r) => requests.push({ url: r.url(), authorization: r.headers().authorization }));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  const offOrigin = () => requests.map((r) => r.url).filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
  return { page, requests, problems, offOrigin };
}

/** Ids of the drawn nodes, read from the page's cytoscape instance. */
const drawnNodeIds = (page: Page): Promise<string[]> => page.evaluate('window.kgExplorer.cy.nodes().map((n) => n.id())');

/** Where to click on the page to hit a drawn node: its rendered centre plus the canvas offset. */
async function nodePoint(page: Page, id: string): Promise<Point> {
  const box = (await page.locator('#graph').boundingBox())!;
  const p = await page.evaluate((nodeId) => {
    const cy = (globalThis as any).kgExplorer.cy; // eslint-disable-line @typescript-eslint/no-explicit-any
    return cy.getElementById(nodeId).renderedPosition();
  }, id);
  return { x: box.x + p.x, y: box.y + p.y };
}

/**
 * A point on a drawn (straight) edge that no node or node label covers, so that a real mouse click there
 * reaches the edge and nothing else.
 */
async function edgePoint(page: Page, id: string): Promise<Point | null> {
  const box = (await page.locator('#graph').boundingBox())!;
  const p = await page.evaluate((edgeId) => {
    const cy = (globalThis as any).kgExplorer.cy; // eslint-disable-line @typescript-eslint/no-explicit-any
    const edge = cy.getElementById(edgeId);
    const a = edge.source().renderedPosition();
    const b = edge.target().renderedPosition();
    const boxes = cy.nodes().map((n: any) => n.renderedBoundingBox({ includeLabels: true })); // eslint-disable-line @typescript-eslint/no-explicit-any
    // the other edges, as straight segments: a click near one of them may pick it instead (a hub's edges fan out close
    // together near it, so which point is free depends on the layout)
    const others = cy.edges().filter((e: any) => e.id() !== edgeId).map((e: any) => [e.source().renderedPosition(), e.target().renderedPosition()]); // eslint-disable-line @typescript-eslint/no-explicit-any
    type P = { x: number; y: number };
    const distance = (q: P, [u, v]: [P, P]): number => {
      const dx = v.x - u.x;
      const dy = v.y - u.y;
      const k = dx * dx + dy * dy === 0 ? 0 : Math.max(0, Math.min(1, ((q.x - u.x) * dx + (q.y - u.y) * dy) / (dx * dx + dy * dy)));
      return Math.hypot(q.x - (u.x + k * dx), q.y - (u.y + k * dy));
    };
    for (let i = 0; i <= 16; i++) {
      // from the middle outwards: 0.5, 0.45, 0.55, 0.4 …
      const t = 0.5 + (i % 2 === 0 ? -1 : 1) * Math.ceil(i / 2) * 0.05;
      const q = { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
      const covered = boxes.some((bb: { x1: number; x2: number; y1: number; y2: number }) => q.x >= bb.x1 - 3 && q.x <= bb.x2 + 3 && q.y >= bb.y1 - 3 && q.y <= bb.y2 + 3);
      if (!covered && others.every((seg: [P, P]) => distance(q, seg) > 8)) return q;
    }
    return null;
  }, id);
  return p ? { x: box.x + p.x, y: box.y + p.y } : null;
}

/** The point of the drawing farthest from every drawn node: a node dragged there stands clear of the others. */
async function clearPoint(page: Page): Promise<Point> {
  const box = (await page.locator('#graph').boundingBox())!;
  const p = await page.evaluate(() => {
    const cy = (globalThis as any).kgExplorer.cy; // eslint-disable-line @typescript-eslint/no-explicit-any
    const centres = cy.nodes().map((n: any) => n.renderedPosition()); // eslint-disable-line @typescript-eslint/no-explicit-any
    const margin = 40;
    let best = { x: margin, y: margin, d: -1 };
    for (let i = 0; i <= 12; i++) {
      for (let j = 0; j <= 12; j++) {
        const q = { x: margin + (i * (cy.width() - 2 * margin)) / 12, y: margin + (j * (cy.height() - 2 * margin)) / 12 };
        const d = Math.min(...centres.map((c: { x: number; y: number }) => Math.hypot(c.x - q.x, c.y - q.y)));
        if (d > best.d) best = { ...q, d };
      }
    }
    return best;
  });
  return { x: box.x + p.x, y: box.y + p.y };
}

const ready = (page: Page) => page.waitForSelector('#graph[data-state="ready"]', { timeout: 60_000 });

describe('explorerMount', () => {
  let server: RunningServer;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    server = await startServer(loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' }), {
      mounts: serverMounts,
      loadSeed: true,
    });
    origin = new URL(server.url).origin;
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    await fsp.mkdir(outDir, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it.each(['/explore', `/reports/${SEED_REPORT_ID}`])('serves %s with a same-origin Content-Security-Policy and no inline script', async (p) => {
    const response = await fetch(`${server.url}${p}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(EXPLORER_CSP);
    const html = await response.text();
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    // The only scripts: a JSON data block and the page's module file.
    expect([...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1].trim())).toEqual([
      'id="kg-config" type="application/json"',
      expect.stringMatching(/^type="module" src="\/explore-assets\/(explore|report)\.js"$/),
    ]);
    expect(html).not.toMatch(/ style=|<style/);
  });

  it('serves cytoscape from node_modules and nothing outside its assets', async () => {
    const cytoscape = await fetch(`${server.url}/explore-assets/cytoscape.esm.min.mjs`);
    expect(cytoscape.status).toBe(200);
    expect(cytoscape.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await cytoscape.text()).length).toBeGreaterThan(100_000);
    for (const bad of ['package.json', '..%2Findex.ts', '..%2F..%2F..%2F..%2F..%2Fpackage.json', 'nope.js']) {
      expect((await fetch(`${server.url}/explore-assets/${bad}`)).status).toBe(404);
    }
  });

  it('links to the explorer from the playground', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.locator('a.kg-explorer-link').click();
    await page.waitForURL(`${origin}/explore`);
    await page.close();
  });

  it('searches 陆海新通道, draws the neighbourhood, expands a node and shows the marked evidence of a clicked edge', async () => {
    const { page, requests, problems, offOrigin } = await trackedPage(browser, origin);
    await page.goto(`${server.url}/explore`);
    await page.fill('#search', '陆海新通道');
    await page.press('#search', 'Enter');
    const hit = page.locator(`.hit[data-id="${CORRIDOR_PLAN}"]`);
    await hit.waitFor({ timeout: 30_000 });
    // Entities come before passages in the results.
    const labels = await page.locator('.hit').evaluateAll((els) => els.map((e) => e.getAttribute('data-label')));
    expect(labels.indexOf('Passage')).toBeGreaterThan(labels.indexOf('Policy'));

    await hit.click();
    await ready(page);
    expect((await drawnNodeIds(page)).sort()).toEqual([CORRIDOR_PLAN, 'region:重庆市']);
    await page.locator('#panel h2', { hasText: '重庆市加快建设西部陆海新通道五年行动方案' }).waitFor();

    // A real click on 重庆市 expands it: its neighbours join the drawing, at most one expansion's worth.
    const city = await nodePoint(page, 'region:重庆市');
    await page.mouse.click(city.x, city.y);
    await page.waitForFunction(() => (globalThis as any).kgExplorer.cy.nodes().length > 2, null, { timeout: 30_000 }); // eslint-disable-line @typescript-eslint/no-explicit-any
    await ready(page);
    const expanded = await drawnNodeIds(page);
    expect(expanded.length).toBeGreaterThan(20);
    expect(expanded.length).toBeLessThanOrEqual(51);
    expect(expanded).toEqual(expect.arrayContaining([CORRIDOR_PLAN, 'region:重庆市']));
    await page.locator('#panel h2', { hasText: /^重庆市$/ }).waitFor();
    await page.locator('#panel .bar-chart').waitFor();

    // A hub's edges crowd near it and the layout may leave this one no free point, so the plan is first dragged clear
    // of the others, as a user would (a drag is no tap: nothing expands); then a real click on the edge shows its evidence.
    const plan = await nodePoint(page, CORRIDOR_PLAN);
    const clear = await clearPoint(page);
    await page.mouse.move(plan.x, plan.y);
    await page.mouse.down();
    await page.mouse.move(clear.x, clear.y, { steps: 12 });
    await page.mouse.up();
    const edge = await edgePoint(page, CORRIDOR_EDGE);
    if (!edge) throw new Error(`every point of ${CORRIDOR_EDGE} is under a node or near another edge`);
    await page.mouse.click(edge.x, edge.y);
    await page.locator('#panel h2', { hasText: 'SUPPORTS' }).waitFor({ timeout: 10_000 });
    const mark = page.locator('#panel .source mark').first();
    expect(await mark.textContent()).toBe(CORRIDOR_TITLE);
    // The quote around the mark is the passage of the report that holds it.
    const quote = (await page.locator('#panel .source blockquote').first().textContent()) ?? '';
    expect(quote).toContain('召开建设西部陆海新通道工作推进大会');
    expect(seedText).toContain(quote);
    const start = seedText.indexOf(CORRIDOR_TITLE);
    expect(await page.locator('#panel .source figcaption a').first().getAttribute('href')).toBe(
      `/reports/${SEED_REPORT_ID}?start=${start}&end=${start + CORRIDOR_TITLE.length}`,
    );

    await page.screenshot({ path: path.join(outDir, 'explore-neighbourhood.png') });
    expect(offOrigin()).toEqual([]);
    expect(requests.map((r) => r.url)).toEqual(expect.arrayContaining([`${origin}/graphql`, `${origin}/explore-assets/cytoscape.esm.min.mjs`]));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('hides the relationships a filter excludes', async () => {
    const { page, problems } = await trackedPage(browser, origin);
    await page.goto(`${server.url}/explore?node=${encodeURIComponent('region:重庆市')}`);
    await ready(page);
    const visible = (type: string) =>
      page.evaluate((t) => (globalThis as any).kgExplorer.cy.edges(`[type = "${t}"]`).filter((e: any) => e.visible()).length, type); // eslint-disable-line @typescript-eslint/no-explicit-any
    // cytoscape settles visibility on its next frame, so wait for what the user would see.
    const settles = (type: string, test: string) =>
      page.waitForFunction(
        ([t, cmp]) => {
          const n = (globalThis as any).kgExplorer.cy.edges(`[type = "${t}"]`).filter((e: any) => e.visible()).length; // eslint-disable-line @typescript-eslint/no-explicit-any
          return cmp === 'none' ? n === 0 : n > 5;
        },
        [type, test],
        { timeout: 10_000 },
      );
    expect(await visible('PART_OF')).toBeGreaterThan(5);
    await page.locator('.type-filter', { hasText: 'PART_OF' }).locator('input').uncheck();
    await settles('PART_OF', 'none');
    expect(await visible('LOCATED_IN')).toBeGreaterThan(5);
    // The seed states every drawn relationship, so keeping its report keeps them all; a report that states
    // none of them (there is no such id) hides every one.
    await page.selectOption('#report-filter', SEED_REPORT_ID);
    await page.waitForTimeout(300);
    await settles('LOCATED_IN', 'some');
    await page.evaluate(() => (globalThis as any).kgExplorer.graph.setFilters({ reportId: 'no-such-report' })); // eslint-disable-line @typescript-eslint/no-explicit-any
    await settles('LOCATED_IN', 'none');
    await page.locator('.type-filter', { hasText: 'PART_OF' }).locator('input').check();
    await page.selectOption('#report-filter', '');
    await settles('PART_OF', 'some');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('draws how the 2023—2027 action plan reaches regions, with the words of each step', async () => {
    const { page, problems, offOrigin } = await trackedPage(browser, origin);
    await page.goto(`${server.url}/explore`);
    await page.click('.modes button[data-mode="policy"]');
    await page.fill('#search', '成渝地区双城经济圈建设行动方案');
    await page.press('#search', 'Enter');
    await page.locator(`.hit[data-id="${ACTION_PLAN}"]`).click();
    await ready(page);

    const api = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ policyRegionLinks(policyId: ${JSON.stringify(ACTION_PLAN)}, maxHops: 3, first: 60) { region { id } } }` }),
    }).then((r) => r.json() as Promise<{ data: { policyRegionLinks: { region: { id: string } }[] } }>);
    const regions = api.data.policyRegionLinks.map((l) => l.region.id);
    expect(regions.slice(0, 2).sort()).toEqual(['region:成渝地区双城经济圈', 'region:重庆市']);
    expect(await page.locator('.links-list > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-region')))).toEqual(regions);
    const drawn = await drawnNodeIds(page);
    expect(drawn).toEqual(expect.arrayContaining([ACTION_PLAN, ...regions]));
    expect(new URL(page.url()).searchParams.get('policy')).toBe(ACTION_PLAN);
    await page.screenshot({ path: path.join(outDir, 'explore-policy-regions.png') });

    // The first step of the first link: the plan SUPPORTS a region, in the report's words.
    await page.locator('.links-list > li').first().locator('.path-steps button').first().click();
    await page.locator('#panel h2', { hasText: 'SUPPORTS' }).waitFor();
    expect(await page.locator('#panel .source mark').first().textContent()).toContain('成渝地区双城经济圈建设行动方案');
    expect(offOrigin()).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('draws the path between two nodes with the evidence of each step', async () => {
    const { page, problems } = await trackedPage(browser, origin);
    await page.goto(`${server.url}/explore?mode=path&from=${encodeURIComponent('region:万州区')}&to=${encodeURIComponent(CORRIDOR_PLAN)}&hops=6`);
    await ready(page);
    const drawn = await drawnNodeIds(page);
    expect(drawn[0]).toBe('region:万州区');
    expect(drawn).toContain(CORRIDOR_PLAN);
    expect(drawn).toContain('region:重庆市');
    expect(await page.locator('#panel .sources').count()).toBe(drawn.length - 1);
    expect(await page.locator('#panel .source mark').count()).toBeGreaterThanOrEqual(drawn.length - 1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens the report text at a span, marked and scrolled into view', async () => {
    const { page, problems, offOrigin } = await trackedPage(browser, origin);
    const start = seedText.indexOf(CORRIDOR_TITLE);
    await page.goto(`${server.url}/reports/${SEED_REPORT_ID}?start=${start}&end=${start + CORRIDOR_TITLE.length}`);
    const mark = page.locator('#report-text mark#highlight');
    await mark.waitFor({ timeout: 30_000 });
    expect(await mark.textContent()).toBe(CORRIDOR_TITLE);
    expect(await page.locator('#report-text').textContent()).toBe(seedText);
    expect(await page.locator('#report-title').textContent()).toBe('重庆市人民政府关于我市2023年1—6月国民经济和社会发展计划执行情况的报告');
    // Far down the report, yet on screen.
    expect(start).toBeGreaterThan(3000);
    const box = (await mark.boundingBox())!;
    const head = (await page.locator('#report-head').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(head.y + head.height);
    expect(box.y + box.height).toBeLessThan(900);
    await page.screenshot({ path: path.join(outDir, 'report-view.png') });

    await page.goto(`${server.url}/reports/${SEED_REPORT_ID}?start=10&end=999999`);
    await page.locator('#report-status', { hasText: 'not inside this report' }).waitFor();
    expect(await page.locator('#report-text mark').count()).toBe(0);
    await page.goto(`${server.url}/reports/no-such-report`);
    await page.locator('#report-title', { hasText: 'No such report' }).waitFor();
    expect(offOrigin()).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('asks for an API key when the server requires one for reads, keeps it and sends it as a Bearer token', async () => {
    const keyed = await startServer(
      loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', REQUIRE_KEY_FOR_READS: 'true', API_KEYS: 'reader:explorer-test-key' }),
      { mounts: serverMounts, loadSeed: false },
    );
    const keyedOrigin = new URL(keyed.url).origin;
    const { page, requests, problems, offOrigin } = await trackedPage(browser, keyedOrigin);
    try {
      await page.goto(`${keyed.url}/explore`);
      // The first query (the report list) is refused, and the page asks.
      await page.locator('#key-dialog[open]').waitFor({ timeout: 30_000 });
      expect(await page.locator('#key-reason').textContent()).toContain('API key');
      await page.fill('#key-input', 'explorer-test-key');
      await page.click('#key-dialog button[value="save"]');
      await page.locator(`#report-filter option[value="${SEED_REPORT_ID}"]`).waitFor({ state: 'attached', timeout: 30_000 });
      expect(await page.evaluate("localStorage.getItem('policy-kg.apiKey')")).toBe('explorer-test-key');

      await page.fill('#search', '陆海新通道');
      await page.press('#search', 'Enter');
      await page.locator(`.hit[data-id="${CORRIDOR_PLAN}"]`).waitFor({ timeout: 30_000 });
      const graphql = requests.filter((r) => r.url === `${keyedOrigin}/graphql`);
      expect(graphql[0].authorization).toBeUndefined();
      expect(graphql.slice(1).length).toBeGreaterThanOrEqual(2);
      expect(graphql.slice(1).every((r) => r.authorization === 'Bearer explorer-test-key')).toBe(true);

      // The report page of the same origin uses the stored key without asking.
      await page.goto(`${keyed.url}/reports/${SEED_REPORT_ID}?start=0&end=10`);
      await page.locator('#report-text mark#highlight').waitFor({ timeout: 30_000 });
      expect(await page.locator('#key-dialog[open]').count()).toBe(0);
      expect(offOrigin()).toEqual([]);
      // The refused request is the one error the browser reports; nothing else (no CSP violation).
      expect(problems.filter((p) => !/status of 401/.test(p))).toEqual([]);
    } finally {
      await page.close();
      await keyed.stop();
    }
  });
});
