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

it('packs @caibian/core so that a project outside the workspace can import, type-check and score with it', () => {
  run(tsc, ['-b', 'tsconfig.build.json'], packageDir);
  run('pnpm', ['pack', '--pack-destination', work], packageDir);
  const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
  expect(tarball).toBeDefined();

  const consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  // From pnpm's store, offline: the same exact versions the workspace installed, without the network.
  run('pnpm', ['add', '--offline', join(work, tarball ?? '')], consumer);

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
      "import { countCharacters, getPreset, parseRecordSet, score, type CharacterCount, type LedgerEntry } from '@caibian/core';",
      "import { SearchIndex } from '@caibian/core/search';",
      "import { writeCsv } from '@caibian/core/io';",
      "const counts: CharacterCount = countCharacters('宣汉县召开政务信息工作会议');",
      'const han: number = counts.han;',
      '// @ts-expect-error the count has no such field: proves the declarations are real, not `any`',
      'counts.words;',
      "const scheme = getPreset('lianyungang');",
      'const records = parseRecordSet({ version: 1, units: [], items: [] });',
      "if (scheme && records.ok) { const r = score(scheme, records.value, { period: { from: '2024-01-01' as never, to: '2024-12-31' as never } }); const e: readonly LedgerEntry[] = r.ledger; void e; }",
      'const index: SearchIndex = SearchIndex.build([]);',
      'export { han, index, writeCsv };',
    ].join('\n'),
  );
  run(tsc, ['-p', 'tsconfig.json'], consumer);

  const printed = run(
    'node',
    [
      '--input-type=module',
      '-e',
      [
        "import { countCharacters, getPreset, parseRecordSet, score } from '@caibian/core';",
        "const records = parseRecordSet({ version: 1, units: [{ id: '海州区', name: '海州区' }], items: [{ id: 'A1', title: '海州区信息', units: [{ unitId: '海州区' }] }], adoptions: [{ itemId: 'A1', level: '市', publication: '昨日情况', date: '2024-03-02' }] });",
        "const result = score(getPreset('lianyungang'), records.value, { period: { from: '2024-01-01', to: '2024-12-31' } });",
        "console.log(JSON.stringify({ counts: countCharacters('全市GDP增长5.2%。'), score: result.units[0].score, clause: result.ledger[0].clause.label }));",
      ].join(' '),
    ],
    consumer,
  );
  expect(JSON.parse(printed)).toEqual({
    counts: { han: 4, total: 12 },
    score: 3,
    clause: expect.stringContaining('昨日情况'),
  });
}, 180_000);
