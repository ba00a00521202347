#!/usr/bin/env node
// `pnpm bench:editor`: keystroke-to-next-frame latency in Chromium while typing into the middle of a
// 10,000-character body, for BriefingEditor with every feature on (norms check, counts, duplicate
// warning, autosave callback) and for a bare Lexical editor (rich text + history), in the same run.
// Prints median and p95 of each; the last line is
// `bench:editor chars=10000 p95_ms=N bare_p95_ms=N ratio=N` (ratio = ours / bare at p95; target ≤ 1.25).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

const KEYS = Number(process.env.BENCH_KEYS ?? 300);
const WARMUP = 20;
// Pauses between keystrokes (ms), cycled: bursts and pauses long enough for the idle-time features
// (report 250 ms, norms 400 ms, search 600 ms) to run between and against keystrokes.
const PAUSES = [40, 60, 90, 120, 40, 70, 300, 50, 650, 80];

if (!existsSync(CHROMIUM_PATH)) {
  console.error(`未找到 Chromium（${CHROMIUM_PATH}）。请先安装：sudo apt-get install -y chromium fonts-noto-cjk`);
  process.exit(1);
}

const root = fileURLToPath(new URL('../packages/editor/bench/', import.meta.url));
const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  plugins: [react()],
  resolve: { dedupe: ['react', 'react-dom'] },
  // pre-bundle everything up front: a dependency discovered late makes Vite reload the page mid-run
  optimizeDeps: {
    entries: ['index.html'],
    include: [
      'react',
      'react-dom/client',
      'lexical',
      '@lexical/clipboard',
      '@lexical/headless',
      '@lexical/history',
      '@lexical/list',
      '@lexical/mark',
      '@lexical/selection',
      '@lexical/table',
      '@lexical/utils',
      '@lexical/react/LexicalComposer',
      '@lexical/react/LexicalComposerContext',
      '@lexical/react/LexicalContentEditable',
      '@lexical/react/LexicalErrorBoundary',
      '@lexical/react/LexicalHistoryPlugin',
      '@lexical/react/LexicalPlainTextPlugin',
      '@lexical/react/LexicalRichTextPlugin',
    ],
  },
  server: { port: 0, host: '127.0.0.1', hmr: false, watch: null },
});
await server.listen();
const address = server.httpServer?.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

// BENCH_DETAIL=1: also print each editor's latencies by the pause before the key, and its long tasks.
const DETAIL = process.env.BENCH_DETAIL === '1';

function detail(mode, all, longTasks) {
  const byPause = new Map();
  all.forEach((latency, i) => {
    if (i < WARMUP) return;
    const pause = PAUSES[(i - 1 + PAUSES.length) % PAUSES.length];
    byPause.set(pause, [...(byPause.get(pause) ?? []), latency]);
  });
  for (const [pause, list] of [...byPause].sort((a, b) => a[0] - b[0])) {
    const sorted = list.sort((a, b) => a - b);
    console.log(
      `  ${mode} after ${pause} ms: n=${sorted.length} median=${quantile(sorted, 0.5).toFixed(1)} p90=${quantile(sorted, 0.9).toFixed(1)} max=${sorted.at(-1).toFixed(1)}`,
    );
  }
  const total = longTasks.reduce((sum, t) => sum + t.duration, 0);
  console.log(`  ${mode} long tasks: ${longTasks.length}, ${total.toFixed(0)} ms in all`);
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

async function measure(mode) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(`${base}?mode=${mode}${process.env.BENCH_NORMS === '0' ? '&norms=0' : ''}`);
  await page.waitForFunction(() => window.__ready === true, null, { timeout: 60_000 });
  // caret in the middle of the body
  await page.evaluate(() => {
    const body = document.querySelector('[contenteditable="true"][aria-label="正文"]');
    const paragraphs = body.children;
    const middle = paragraphs[Math.floor(paragraphs.length / 2)];
    const text = document.createTreeWalker(middle, NodeFilter.SHOW_TEXT).nextNode();
    body.focus();
    const range = document.createRange();
    range.setStart(text, Math.floor(text.length / 2));
    range.collapse(true);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  });
  await page.waitForTimeout(1000);
  const bodyLength = () => page.evaluate(() => document.querySelector('[aria-label="正文"]').textContent.length);
  const before = await bodyLength();
  const letters = 'abcdefghijklmnopqrstuvwxyz0123456789';
  for (let i = 0; i < KEYS + WARMUP; i += 1) {
    await page.keyboard.press(letters[i % letters.length]);
    await page.waitForTimeout(PAUSES[i % PAUSES.length]);
  }
  await page.waitForTimeout(200);
  const all = await page.evaluate(() => window.__latencies.slice());
  const chars = await page.evaluate(() => window.__chars);
  const typed = (await bodyLength()) - before;
  const checker = await page.evaluate(() => window.__checker ?? '-');
  if (typed !== KEYS + WARMUP) throw new Error(`${mode}: typed ${typed} of ${KEYS + WARMUP} keys into the body`);
  if (DETAIL) detail(mode, all, await page.evaluate(() => window.__longTasks ?? []));
  await page.close();
  const sorted = all.slice(WARMUP).sort((a, b) => a - b);
  return { chars, checker, n: sorted.length, median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) };
}

try {
  const bare = await measure('bare');
  const ours = await measure('ours');
  const f = (x) => x.toFixed(1);
  console.log(`bare Lexical (rich text + history): n=${bare.n} median=${f(bare.median)} ms p95=${f(bare.p95)} ms`);
  console.log(
    `BriefingEditor (norms: ${ours.checker}, counts, duplicates, autosave): n=${ours.n} median=${f(ours.median)} ms p95=${f(ours.p95)} ms`,
  );
  console.log('baseline (issue 8): bare Lexical on this machine ≈ median 14 ms, p95 55 ms; target ratio ≤ 1.25');
  console.log(
    `bench:editor chars=${ours.chars} p95_ms=${f(ours.p95)} bare_p95_ms=${f(bare.p95)} ratio=${(ours.p95 / bare.p95).toFixed(2)}`,
  );
} finally {
  await browser.close();
  await server.close();
}
