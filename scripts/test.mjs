#!/usr/bin/env node
// `pnpm test`: everything CI runs, in order: typecheck, lint, every vitest project (node, jsdom,
// browser, e2e). Prints a summary and, as its last line, `N passed, N failed`. Exits 1 on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const started = Date.now();
const rows = [];
let passed = 0;
let failed = 0;

function step(name, command, args) {
  const t0 = Date.now();
  process.stdout.write(`\n▶ ${name}: ${[command, ...args].map((a) => a.replace(root, '')).join(' ')}\n`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  return { ok: result.status === 0, seconds, status: result.status };
}

function check(name, command, args) {
  const { ok, seconds } = step(name, command, args);
  if (ok) passed += 1;
  else failed += 1;
  rows.push(`${ok ? '✓' : '✗'} ${name} (${seconds} s)`);
}

const projects = ['node', 'jsdom', 'browser', 'e2e'];
if (!existsSync(chromium)) {
  failed += 1;
  rows.push(
    `✗ Chromium 缺失（${chromium}）：浏览器测试和端到端测试无法运行。请安装：sudo apt-get install -y chromium fonts-noto-cjk`,
  );
  projects.splice(projects.indexOf('browser'), 2);
}

check('typecheck (tsc -b)', bin('tsc'), ['-b']);
check('lint and format (biome ci)', bin('biome'), ['ci', '.']);

const resultsDir = join(root, '.test-results');
const resultsFile = join(resultsDir, 'vitest.json');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });
const vitest = step('vitest', bin('vitest'), [
  'run',
  ...projects.flatMap((p) => ['--project', p]),
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${resultsFile}`,
]);

if (existsSync(resultsFile)) {
  const report = JSON.parse(readFileSync(resultsFile, 'utf8'));
  const notRun = report.numPendingTests + report.numTodoTests;
  // A file that fails to load has no test results of its own: count it as one failure.
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.every((t) => t.status !== 'failed'),
  ).length;
  passed += report.numPassedTests;
  failed += report.numFailedTests + notRun + brokenFiles;
  rows.push(
    `${vitest.ok ? '✓' : '✗'} vitest ${projects.join(', ')}: ${report.numPassedTests} passed, ${report.numFailedTests} failed (${vitest.seconds} s)`,
  );
  if (notRun > 0) rows.push(`✗ ${notRun} skipped or todo tests: a skipped test is a defect`);
  if (!vitest.ok && report.numFailedTests + notRun + brokenFiles === 0) {
    // Vitest failed without a failing test: an unhandled error, a config error. That is a failure too.
    failed += 1;
    rows.push(`✗ vitest exited with status ${vitest.status} (unhandled errors: see the output above)`);
  }
  if (brokenFiles > 0) rows.push(`✗ ${brokenFiles} test files failed to load`);
} else {
  failed += 1;
  rows.push(`✗ vitest did not report results (exit ${vitest.status})`);
}

process.stdout.write(`\n──── summary (${((Date.now() - started) / 1000).toFixed(1)} s) ────\n${rows.join('\n')}\n`);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exitCode = failed === 0 ? 0 : 1;
