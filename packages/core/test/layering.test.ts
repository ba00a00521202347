import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const bin = (name: string) => join(repoRoot, 'node_modules', '.bin', name);
const work = mkdtempSync(join(tmpdir(), 'caibian-layers-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * Lints `source` as the file at `path` under the repository's biome.json, in a scratch copy of the
 * layout, so nothing is written into the working tree.
 */
function lintAs(path: string, source: string): string {
  const root = mkdtempSync(join(work, 'lint-'));
  const config = JSON.parse(readFileSync(join(repoRoot, 'biome.json'), 'utf8'));
  config.$schema = undefined;
  config.vcs = { enabled: false };
  writeFileSync(join(root, 'biome.json'), JSON.stringify(config));
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), source);
  const result = spawnSync(bin('biome'), ['lint', '--max-diagnostics=50', path], { cwd: root, encoding: 'utf8' });
  return `${result.stdout}${result.stderr}`;
}

/** Type-checks `source` with the compiler settings of `packageDir`, returning the diagnostics. */
function typecheckWith(packageDir: string, source: string): string {
  const dir = mkdtempSync(join(work, 'tsc-'));
  writeFileSync(join(dir, 'probe.ts'), source);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: join(repoRoot, packageDir, 'tsconfig.json'),
      compilerOptions: { composite: false, noEmit: true, rootDir: dir, tsBuildInfoFile: null },
      include: [join(dir, 'probe.ts')],
    }),
  );
  const result = spawnSync(bin('tsc'), ['-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
  return result.stdout;
}

describe.each(['packages/core', 'packages/stats'])('%s stays pure', (pkg) => {
  it('does not compile DOM or Node globals', () => {
    const out = typecheckWith(pkg, 'export const probe = [window.location, document.title, process.env];\n');
    expect(out).toContain("Cannot find name 'window'");
    expect(out).toContain("Cannot find name 'document'");
    expect(out).toContain("Cannot find name 'process'");
  });

  it('is refused by the linter when it imports React, Lexical, Dexie, Node built-ins or an upper package', () => {
    const out = lintAs(
      `${pkg}/src/probe.ts`,
      [
        "import { readFileSync } from 'node:fs';",
        "import React from 'react';",
        "import { $getRoot } from 'lexical';",
        "import Dexie from 'dexie';",
        "import { BriefingEditor } from '@caibian/editor';",
        'export const probe = [readFileSync, React, $getRoot, Dexie, BriefingEditor, window];',
      ].join('\n'),
    );
    expect(out).toContain('noNodejsModules');
    expect(out.match(/noRestrictedImports/g)?.length).toBeGreaterThanOrEqual(4);
    expect(out).toContain('noRestrictedGlobals');
  });
});

it('refuses an import of @caibian/stats from core, and of the workbench from the editor', () => {
  expect(lintAs('packages/core/src/probe.ts', "export { competitionRanks } from '@caibian/stats';\n")).toContain(
    'noRestrictedImports',
  );
  expect(lintAs('packages/editor/src/probe.ts', "export * from '@caibian/workbench';\n")).toContain(
    'noRestrictedImports',
  );
  expect(lintAs('packages/editor/src/probe.ts', "export * from '@caibian/stats';\n")).toContain('noRestrictedImports');
});
