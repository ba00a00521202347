import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { AdoptionRateChart } from './AdoptionRateChart.tsx';
import { CHART_FONT_FAMILY, chartSvgOf, serializeChartSvg, svgToPng } from './exportChart.ts';
import { PointsBarChart } from './PointsBarChart.tsx';
import { RankingBarChart } from './RankingBarChart.tsx';
import { RankTrendChart } from './RankTrendChart.tsx';
import { TargetProgressChart } from './TargetProgressChart.tsx';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

async function draw(chart: ReactNode): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => root.render(chart));
  cleanups.push(() => {
    root.unmount();
    host.remove();
  });
  return host;
}

const months = [
  { month: '1月', rank: 3, submitted: 10, adopted: 4, rate: 40 },
  { month: '2月', rank: 1, submitted: 8, adopted: 6, rate: 75 },
  { month: '3月', rank: 2, submitted: 0, adopted: 0, rate: null },
];

describe('charts in Chromium', () => {
  it('exports a ranking as SVG with its Chinese labels and the CJK families declared', async () => {
    const host = await draw(
      <RankingBarChart
        rows={[
          { unit: '海州区', score: 30 },
          { unit: '灌云县', score: 12 },
        ]}
        highlight="灌云县"
        width={400}
        height={240}
      />,
    );
    const svg = chartSvgOf(host);
    expect(svg).not.toBeNull();
    const text = serializeChartSvg(svg as SVGSVGElement, '2024年3月县区组排名');
    expect(text).toContain('海州区');
    expect(text).toContain('灌云县');
    expect(text).toContain('<title>2024年3月县区组排名</title>');
    expect(text).toContain('Noto Sans CJK SC');
    expect(text).toContain('width="400"');
    const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
    expect(parsed.documentElement.getAttribute('font-family')).toBe(CHART_FONT_FAMILY);
    expect(parsed.querySelectorAll('.recharts-bar-rectangle path')).toHaveLength(2);
  });

  it('rasterises a chart to a PNG of twice its size', async () => {
    const host = await draw(<PointsBarChart rows={[{ label: '昨日情况', value: 9 }]} width={300} height={160} />);
    const png = await svgToPng(serializeChartSvg(chartSvgOf(host) as SVGSVGElement));
    const bytes = new Uint8Array(await png.arrayBuffer());
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const bitmap = await createImageBitmap(png);
    expect([bitmap.width, bitmap.height]).toEqual([600, 320]);
  });

  it('draws our rank with first place at the top', async () => {
    const host = await draw(<RankTrendChart rows={months} width={400} height={240} />);
    const dots = [...host.querySelectorAll<SVGCircleElement>('.recharts-line-dot')];
    expect(dots).toHaveLength(3);
    const y = dots.map((d) => Number(d.getAttribute('cy')));
    expect(y[1]).toBeLessThan(y[2] ?? 0);
    expect(y[2]).toBeLessThan(y[0] ?? 0);
  });

  it('draws submitted and adopted bars with the adoption rate, and targets with their percent', async () => {
    const rate = await draw(<AdoptionRateChart rows={months} width={420} height={240} />);
    expect(rate.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThanOrEqual(4);
    expect(rate.textContent).toContain('采用率');
    const targets = await draw(
      <TargetProgressChart
        rows={[
          { label: '报送条数', percent: 45 },
          { label: '采用条数', percent: 80 },
        ]}
        expected={50}
        width={420}
        height={160}
      />,
    );
    expect(targets.textContent).toContain('报送条数');
    expect(targets.textContent).toContain('80%');
    expect(targets.textContent).toContain('进度线');
  });
});
