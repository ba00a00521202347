#!/usr/bin/env node
// Lists the workbench's built chunks: gzip size, what each imports, and the JavaScript a first visit to a
// page loads before it can be used (the entry's static imports plus the page chunk's). `--modules` also
// lists each chunk's largest modules (rendered size before minification). Used by scripts/bench-workbench.mjs.
//   node apps/workbench/bench/chunks.mjs [--modules] [--page RankingsPage]   (a page by its component file name)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Gzip size in KB of each built file, and the manifest's chunk graph. */
export function readChunks(outDir) {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'));
  const sizes = new Map();
  const kb = (file) => {
    if (!sizes.has(file)) sizes.set(file, gzipSync(readFileSync(join(outDir, file))).length / 1024);
    return sizes.get(file);
  };
  /** The files a chunk loads before it runs: itself and its static imports, transitively. */
  const closure = (key, files = new Set()) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return files;
    files.add(chunk.file);
    for (const i of chunk.imports ?? []) closure(i, files);
    return files;
  };
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
  /** The page chunk of a route's lazy import, by the page's file name (`RankingsPage`); a page also imported
   * statically elsewhere is a shared chunk named after it. */
  const pageKey = (name) =>
    Object.keys(manifest).find((k) => k.endsWith(`/${name}.tsx`)) ??
    Object.keys(manifest).find((k) => k.startsWith(`_${name}-`));
  /**
   * The JS a first visit to a page loads before the page can render: the shell's and the page's static
   * closure. The entry is the tiny first script (src/boot.ts), which loads the app (src/main.tsx) at once
   * with a dynamic import: the entry's dynamic imports count as the shell.
   */
  const firstVisit = (pageName) => {
    const files = closure(entry);
    for (const key of manifest[entry].dynamicImports ?? []) closure(key, files);
    const page = pageKey(pageName);
    if (page) closure(page, files);
    return [...files].map((file) => ({ file, kb: kb(file) })).sort((a, b) => b.kb - a.kb);
  };
  return { manifest, kb, closure, entry, pageKey, firstVisit };
}

const sum = (list) => list.reduce((n, f) => n + f.kb, 0);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { build } = await import('vite');
  const root = fileURLToPath(new URL('../', import.meta.url));
  const outDir = join(root, 'bench', 'dist');
  const withModules = process.argv.includes('--modules');
  const modules = [];
  await build({
    root,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, manifest: true },
    plugins: [
      {
        name: 'caibian-chunk-modules',
        generateBundle(_, bundle) {
          for (const chunk of Object.values(bundle)) {
            if (chunk.type !== 'chunk') continue;
            const list = Object.entries(chunk.modules)
              .map(([id, m]) => ({
                id: id.replace(/.*node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, ''),
                size: m.renderedLength,
              }))
              .sort((a, b) => b.size - a.size);
            modules.push({ file: chunk.fileName, list });
          }
        },
      },
    ],
  });
  const chunks = readChunks(outDir);
  const rows = Object.values(chunks.manifest)
    .filter((c) => c.file.endsWith('.js'))
    .sort((a, b) => chunks.kb(b.file) - chunks.kb(a.file));
  for (const c of rows) {
    const imports = (c.imports ?? []).map((i) => chunks.manifest[i].file.replace('assets/', '')).join(' ');
    console.log(
      `${chunks.kb(c.file).toFixed(1).padStart(7)} KB  ${c.file}${c.isEntry ? ' (entry)' : ''}  <- ${imports}`,
    );
    if (withModules) {
      const m = modules.find((x) => x.file === c.file);
      for (const x of m?.list.slice(0, Number(process.env.TOP ?? 12)) ?? [])
        console.log(`            ${String(x.size).padStart(8)}  ${x.id}`);
    }
  }
  const pageArg = process.argv.indexOf('--page');
  const pages = pageArg > 0 ? [process.argv[pageArg + 1]] : ['ItemsPage', 'RankingsPage'];
  for (const page of pages) {
    const files = chunks.firstVisit(page);
    console.log(`\nfirst visit to ${page}: ${sum(files).toFixed(1)} KB gzip`);
    for (const f of files) console.log(`  ${f.kb.toFixed(1).padStart(7)}  ${f.file}`);
  }
}
