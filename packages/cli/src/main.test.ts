import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from './main.ts';

function capture() {
  const out = { stdout: '', stderr: '' };
  const io = {
    stdout: { write: (text: string) => (out.stdout += text) },
    stderr: { write: (text: string) => (out.stderr += text) },
  };
  return { out, io };
}

describe('caibian', () => {
  it('prints its usage in Chinese for --help and exits 0', async () => {
    const { out, io } = capture();
    expect(await main(['--help'], io)).toBe(0);
    expect(out.stdout).toContain('用法：caibian <命令>');
  });

  it('names an unknown command in Chinese and exits 2 (usage error)', async () => {
    const { out, io } = capture();
    expect(await main(['rank-everything'], io)).toBe(2);
    expect(out.stderr).toContain('未知命令“rank-everything”');
  });

  it('runs as the package bin from the repository root through pnpm', () => {
    const root = fileURLToPath(new URL('../../..', import.meta.url));
    const printed = execFileSync('pnpm', ['--silent', 'caibian', '--version'], { cwd: root, encoding: 'utf8' });
    expect(printed.trim()).toMatch(/^caibian \d+\.\d+\.\d+$/);
    const bin = fileURLToPath(new URL('../bin/caibian.mjs', import.meta.url));
    const usage = spawnSync(process.execPath, [bin, 'nonsense'], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
  });
});
