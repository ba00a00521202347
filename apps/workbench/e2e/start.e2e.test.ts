import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { chromiumForFile } from './browser.ts';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const openPage = chromiumForFile();
let server: ChildProcess | undefined;

afterAll(() => {
  // `pnpm start` runs vite under pnpm: stop the whole process group, or `vite preview` outlives the test.
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

/** Terminal colour codes, which vite prints around the port. */
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Runs the README's `pnpm start` and resolves with the address it prints. */
function pnpmStart(): Promise<string> {
  return new Promise((resolve, reject) => {
    server = spawn('pnpm', ['start'], { cwd: repoRoot, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const address = /http:\/\/127\.0\.0\.1:\d+\//.exec(output.replace(ANSI_COLOUR, ''));
      if (address) resolve(address[0]);
    };
    server.stdout?.on('data', onData);
    server.stderr?.on('data', onData);
    server.on('exit', (code) =>
      reject(new Error(`pnpm start exited (${code}) before printing its address:\n${output}`)),
    );
  });
}

it('pnpm start builds and serves the workbench, and a new user lands in clearly marked demo data', async () => {
  const address = await pnpmStart();
  const page = await openPage();
  await page.goto(address);
  const banner = page.getByRole('status', { name: '演示数据提示' });
  await banner.getByText('演示数据', { exact: true }).waitFor({ timeout: 60_000 });
  const rows = page.locator('.ant-table-row');
  await rows.first().waitFor();
  expect(await rows.count()).toBeGreaterThan(5);
  expect(await page.title()).toBe('采编台');
}, 180_000);
