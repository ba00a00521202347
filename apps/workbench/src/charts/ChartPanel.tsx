import { Button, Card, Flex, Space, Table, type TableColumnsType } from 'antd';
import { type ReactNode, useRef } from 'react';
import { chartSvgOf, downloadBlob, safeFileName, serializeChartSvg, svgToPng } from './exportChart.ts';

/** Props of {@link ChartPanel}. */
export interface ChartPanelProps<T extends object> {
  readonly title: string;
  /** The chart, drawn at a fixed size. */
  readonly chart: ReactNode;
  /** The same figures as a table beside the chart (read aloud by screen readers). */
  readonly columns: TableColumnsType<T>;
  readonly data: readonly T[];
  readonly rowKey: keyof T & string;
  /** File name of exports, without extension. Default: the title. */
  readonly fileName?: string;
  readonly extra?: ReactNode;
  readonly onRow?: (row: T) => void;
  /**
   * The figures are still being computed: the table says so (without a spinner's animation, which would
   * take CPU time from the computing) and exports wait. Default false.
   */
  readonly loading?: boolean;
}

/**
 * A titled chart with a table of the same figures beside it, and PNG and SVG export of the chart with its
 * Chinese labels (fonts declared as the installed CJK families).
 */
export function ChartPanel<T extends object>(props: ChartPanelProps<T>) {
  const { title, chart, columns, data, rowKey, extra, onRow, loading = false } = props;
  const host = useRef<HTMLDivElement>(null);
  const name = safeFileName(props.fileName ?? title);
  const svgText = () => {
    const svg = host.current ? chartSvgOf(host.current) : null;
    if (!svg) throw new Error('图表尚未绘制');
    return serializeChartSvg(svg, title);
  };
  return (
    <Card
      title={title}
      size="small"
      extra={
        <Space>
          {extra}
          <Button
            size="small"
            disabled={loading}
            onClick={async () => downloadBlob(await svgToPng(svgText()), `${name}.png`)}
            aria-label={`${title} 导出PNG`}
          >
            导出PNG
          </Button>
          <Button
            size="small"
            disabled={loading}
            onClick={() => downloadBlob(new Blob([svgText()], { type: 'image/svg+xml' }), `${name}.svg`)}
            aria-label={`${title} 导出SVG`}
          >
            导出SVG
          </Button>
        </Space>
      }
    >
      <Flex gap={16} wrap="wrap" align="flex-start">
        <div ref={host} role="img" aria-label={`${title}图`} data-chart={title}>
          {chart}
        </div>
        <section aria-label={`${title}数据表`} style={{ flex: '1 1 260px', minWidth: 260 }}>
          <Table<T>
            size="small"
            columns={columns}
            dataSource={[...data]}
            rowKey={rowKey}
            locale={loading ? { emptyText: '正在计算…' } : undefined}
            pagination={false}
            scroll={{ y: 260 }}
            onRow={onRow ? (row) => ({ onClick: () => onRow(row), style: { cursor: 'pointer' } }) : undefined}
          />
        </section>
      </Flex>
    </Card>
  );
}
