#!/usr/bin/env node
// `pnpm bench:workbench`: the section chief's 排名 page at issue 7's scale, in real Chromium.
// Builds the workbench (vite, to apps/workbench/bench/dist), serves it with vite's preview() on a free
// port, generates 100,000 items, 300,000 adoptions and 50,000 instructions for 2,000 units in the page
// and imports them through the app's own path (records.importRecordSet, progress bar shown), then
// measures the 排名 page's first render with data (navigation to visible bars and table), switching
// period or group (median), and the gzip size of the initial JavaScript.
// Initial JavaScript: what a first visit must load before the page can render and be used, i.e. the entry
// chunk with its static imports plus the page's chunk with its static imports (from the build manifest,
// apps/workbench/bench/chunks.mjs), checked against what Chromium actually loaded. Code the page fetches
// afterwards (the charts, the ranking worker, the shell's banners, search) is listed apart. Both `/` (the
// 稿件 list, where the app opens) and `#/rankings` opened directly are reported; the last line gives the
// larger of the two, since either can be a user's first page.
// Times are taken in the page: navigation start or the click, to the frame after the ranking shows.
// Last line: `bench:workbench import_s=N first_render_ms=N switch_ms=N initial_js_gzip_kb=N`.
// BENCH_SCALE=0.1 runs at a tenth of the scale (a quick check).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { readChunks } from '../apps/workbench/bench/chunks.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const RENDERS = 3;
if (!existsSync(CHROMIUM_PATH)) {
  console.error(`未找到 Chromium（${CHROMIUM_PATH}）。请先安装：sudo apt-get install -y chromium fonts-noto-cjk`);
  process.exit(1);
}

const root = fileURLToPath(new URL('../apps/workbench/', import.meta.url));
const outDir = join(root, 'bench', 'dist');
await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true, manifest: true } });
const chunks = readChunks(outDir);
const server = await preview({ root, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0 } });
const base = `http://127.0.0.1:${server.httpServer.address().port}/`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 1000 } });
// In the page: when the ranking (bars and table) first shows, when the user last clicked, and when the shown
// ranking last changed (the next animation frame after the DOM change, i.e. when it can be painted).
const probe = () => {
  const w = window;
  w.__bench = { rendered: null, click: 0, shown: 0, ranking: null };
  document.addEventListener(
    'pointerdown',
    () => {
      w.__bench.click = performance.now();
    },
    true,
  );
  new MutationObserver(() => {
    const b = w.__bench;
    if (
      b.rendered === null &&
      document.querySelector('[data-chart$="排名"] .recharts-bar-rectangle path') &&
      document.querySelector('[aria-label="完整排名"] tbody tr.ant-table-row')
    ) {
      requestAnimationFrame(() => {
        b.rendered = performance.now();
      });
    }
    const ranking = document.querySelector('[data-ranking]')?.getAttribute('data-ranking') ?? null;
    if (ranking !== b.ranking) {
      b.ranking = ranking;
      requestAnimationFrame(() => {
        b.shown = performance.now();
      });
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
};
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const gzipKb = (path) => gzipSync(readFileSync(join(outDir, path))).length / 1024;

try {
  // 1. The JavaScript of a first visit (an empty database): the shell and the page, then what comes after.
  const firstVisit = async (hash, pageName, ready) => {
    const loaded = [];
    const page = await context.newPage();
    page.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.endsWith('.js')) loaded.push(path.slice(1));
    });
    await page.goto(`${base}${hash}`);
    await page.locator(ready).first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await page.close();
    const initial = chunks.firstVisit(pageName);
    const files = new Set(initial.map((f) => f.file));
    const missing = initial.filter((f) => !loaded.includes(f.file));
    const later = [...new Set(loaded.filter((f) => !files.has(f)))].map((file) => ({ file, kb: gzipKb(file) }));
    const kb = initial.reduce((n, f) => n + f.kb, 0);
    const laterKb = later.reduce((n, f) => n + f.kb, 0);
    console.log(`first visit to ${hash || '/'}: initial JS ${kb.toFixed(1)} KB gzip in ${initial.length} files`);
    for (const f of initial.filter((x) => x.kb >= 2)) console.log(`  ${f.kb.toFixed(1).padStart(7)} KB  ${f.file}`);
    console.log(`  ${initial.filter((x) => x.kb < 2).length} files under 2 KB`);
    if (missing.length) console.log(`  (not loaded by Chromium: ${missing.map((f) => f.file).join(' ')})`);
    console.log(
      `  then ${laterKb.toFixed(1)} KB loaded after the page's code: ${later.map((f) => `${f.file.replace('assets/', '')} ${f.kb.toFixed(1)}`).join(', ')}`,
    );
    return kb;
  };
  const homeKb = await firstVisit('', 'ItemsPage', '[aria-label="主导航"]');
  const initialKb = await firstVisit('#/rankings', 'RankingsPage', '.ant-empty, [data-ranking]');

  // 2. Import through the app's own path, the progress bar showing throughout.
  const seed = await context.newPage();
  await seed.goto(`${base}#/rankings/seed?data=bench&scale=${SCALE}&auto=1`);
  await seed.getByRole('progressbar').first().waitFor({ timeout: 60_000 });
  const done = seed.locator('[data-import-ms]');
  await done.waitFor({ timeout: 600_000 });
  const importMs = Number(await done.getAttribute('data-import-ms'));
  console.log(`import: ${(importMs / 1000).toFixed(1)} s (records.importRecordSet, scale ×${SCALE})`);
  await seed.close();

  // 3. First render with data: navigation to visible bars and table (a fresh page: worker, load, index, score).
  const renders = [];
  let page;
  for (let i = 0; i < RENDERS; i += 1) {
    await page?.close();
    page = await context.newPage();
    await page.addInitScript(probe);
    await page.goto(`${base}#/rankings`);
    await page.locator('[data-chart$="排名"] .recharts-bar-rectangle path').first().waitFor({ timeout: 60_000 });
    await page.locator('[aria-label="完整排名"] tbody tr.ant-table-row').first().waitFor();
    await page.waitForFunction(() => window.__bench.rendered !== null);
    renders.push(Math.round(await page.evaluate(() => window.__bench.rendered)));
  }
  const load = await page.evaluate(() => document.querySelector('[data-ranking]')?.textContent ?? '');
  console.log(`first render: ${renders.join(', ')} ms (${load})`);
  // Where the last first render's time went: the page's performance marks, from navigation start.
  const phases = await page.evaluate(() => {
    const first = (name) => performance.getEntriesByName(name, 'mark')[0];
    const nav = performance.getEntriesByType('navigation')[0];
    const list = [
      ['html', nav?.responseEnd],
      ['worker created', first('rankings:worker-created')?.startTime],
      ['shell code run', first('shell:start')?.startTime],
      ['page code run', first('rankings:page-code')?.startTime],
      ['worker code run', first('rankings:worker-worker')?.startTime],
      ['worker read records', first('rankings:worker-read')?.startTime],
      ['worker indexed and ranked', first('rankings:worker-ranked')?.startTime],
      ['setup (worker answered)', first('rankings:setup')?.startTime],
      ['charts code', first('rankings:charts-code')?.startTime],
      ['rank asked', first('rankings:ask')?.startTime],
      ['rank answered', first('rankings:answer')?.startTime],
      ['shown', window.__bench.rendered],
    ];
    const loadMs = first('rankings:setup')?.detail?.workerLoadMs;
    // A step the page skipped (the first ranking came with the worker's answer) is left out.
    return { list: list.filter(([, v]) => v !== undefined).map(([k, v]) => `${k} ${Math.round(v)}`), loadMs };
  });
  console.log(
    `first render phases (ms from navigation): ${phases.list.join(' · ')}; the worker read the records in ${Math.round(phases.loadMs ?? Number.NaN)} ms`,
  );

  // 4. Switching period or group on the loaded page: click to the new ranking shown.
  const settled = () => page.locator('[data-busy="false"]').first().waitFor({ timeout: 60_000 });
  const choose = async (label, option, expect) => {
    await settled();
    await page.getByLabel(label, { exact: true }).click();
    const item = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first();
    await item.waitFor();
    await item.click();
    await page.waitForFunction(
      (want) => window.__bench.ranking?.includes(want) && window.__bench.shown > window.__bench.click,
      expect,
    );
    return page.evaluate(() => window.__bench.shown - window.__bench.click);
  };
  const switches = [];
  if (!load.startsWith('2024年')) switches.push(await choose('选择年份', '2024年', '2024年'));
  for (const m of [3, 4, 5, 6, 7]) {
    switches.push(await choose('选择月份', `${m}月`, `2024年${m}月`));
    const current = (await page.locator('[data-ranking]').getAttribute('data-ranking')).split('|')[1];
    const group = current === '部门组' ? '县区组' : '部门组';
    switches.push(await choose('分组', group, `|${group}|`));
  }
  console.log(`switch: ${switches.map((s) => Math.round(s)).join(', ')} ms`);

  const line = [
    `import_s=${(importMs / 1000).toFixed(1)}`,
    `first_render_ms=${median(renders)}`,
    `switch_ms=${Math.round(median(switches))}`,
    `initial_js_gzip_kb=${Math.round(Math.max(initialKb, homeKb))}`,
  ].join(' ');
  console.log('targets: import ≤ 30 s, first render ≤ 1500 ms, switch ≤ 300 ms, initial JS ≤ 350 KB gzip');
  console.log(
    `initial JS: #/rankings ${initialKb.toFixed(1)} KB, / ${homeKb.toFixed(1)} KB (the last line: the larger)`,
  );
  console.log(`bench:workbench ${line}`);
} finally {
  await browser.close();
  await server.close();
}
