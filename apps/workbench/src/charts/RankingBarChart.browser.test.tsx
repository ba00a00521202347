import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, it } from 'vitest';
import { RankingBarChart } from './RankingBarChart.tsx';

it('draws one bar per unit in Chromium, taller for a higher score, ours in red', async () => {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const rows = [
    { unit: '宣汉县', score: 42 },
    { unit: '通川区', score: 21 },
    { unit: '达川区', score: 7 },
  ];
  await act(async () => root.render(<RankingBarChart rows={rows} highlight="通川区" width={480} height={300} />));

  const bars = [...host.querySelectorAll<SVGPathElement>('.recharts-bar-rectangle path')];
  expect(bars).toHaveLength(3);
  const heights = bars.map((bar) => bar.getBoundingClientRect().height);
  expect(heights[0]).toBeGreaterThan(heights[1] ?? 0);
  expect(heights[1]).toBeGreaterThan(heights[2] ?? 0);
  expect((heights[0] ?? 0) / (heights[1] ?? 1)).toBeCloseTo(2, 1);
  expect(bars[1]?.getAttribute('fill')).toBe('#cf1322');
  expect(host.textContent).toContain('宣汉县');

  root.unmount();
  host.remove();
});
