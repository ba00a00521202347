import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = join(packageDir, '..', '..');
const tsc = join(repoRoot, 'node_modules', '.bin', 'tsc');
const work = mkdtempSync(join(tmpdir(), 'caibian-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

it('packs @caibian/core so that a project outside the workspace can import and type-check it', () => {
  run(tsc, ['-b', 'tsconfig.build.json'], packageDir);
  run('pnpm', ['pack', '--pack-destination', work], packageDir);
  const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
  expect(tarball).toBeDefined();

  const consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, tarball ?? '')], consumer);

  writeFileSync(
    join(consumer, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2023',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        noEmit: true,
        types: [],
      },
      files: ['consumer.ts'],
    }),
  );
  writeFileSync(
    join(consumer, 'consumer.ts'),
    [
      "import { countCharacters, type CharacterCount } from '@caibian/core';",
      "const counts: CharacterCount = countCharacters('宣汉县召开政务信息工作会议');",
      'const han: number = counts.han;',
      '// @ts-expect-error the count has no such field: proves the declarations are real, not `any`',
      'counts.words;',
      'export { han };',
    ].join('\n'),
  );
  run(tsc, ['-p', 'tsconfig.json'], consumer);

  const printed = run(
    'node',
    [
      '--input-type=module',
      '-e',
      "import { countCharacters } from '@caibian/core'; console.log(JSON.stringify(countCharacters('全市GDP增长5.2%。')))",
    ],
    consumer,
  );
  expect(JSON.parse(printed)).toEqual({ han: 4, total: 12 });
}, 180_000);
