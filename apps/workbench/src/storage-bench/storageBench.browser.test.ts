import { expect, it } from 'vitest';
import { generateRecordSet, scaled } from './generate.ts';
import { benchAppPath, benchItemLayouts, benchRecordLayouts } from './storageBench.ts';

/**
 * The storage benchmark in real Chromium. By default it runs at 1% of issue 7's scale so that the test
 * suite stays fast and checks only that every layout stores and reads back everything; run it at full
 * scale with `VITE_STORAGE_BENCH_SCALE=1 npx vitest run --project browser storage-bench` and read the
 * figures it prints (no timed assertions: speed is measured, not tested).
 */
const factor = Number(import.meta.env.VITE_STORAGE_BENCH_SCALE ?? '0.01');

it(`stores and reads back every record in each layout (scale ${factor})`, { timeout: 900_000 }, async () => {
  const size = scaled(factor);
  let t = performance.now();
  const set = generateRecordSet(size);
  const generateMs = Math.round(performance.now() - t);
  const app = await benchAppPath(set);
  const relaxed = factor >= 0.5 ? await benchAppPath(set, { relaxed: true }) : {};
  const items = await benchItemLayouts(set);
  const records = await benchRecordLayouts(set);
  t = performance.now();
  const figures = {
    scale: factor,
    generate_ms: generateMs,
    ...app,
    ...prefix('relaxed_', relaxed),
    ...items,
    ...records,
  };
  console.log(
    `storage-bench ${Object.entries(figures)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')}`,
  );

  expect(app.loaded_records).toBe(size.routes + size.adoptions + size.instructions);
  expect(app.item_rows).toBe(size.items);
  expect(records.columnar_records).toBe(size.routes + size.adoptions + size.instructions);
});

function prefix(p: string, figures: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(figures).map(([k, v]) => [p + k, v]));
}
