import { Input, Radio, Select, Space } from 'antd';
import { PERIOD_KINDS, type PeriodChoice } from './periodChoice.ts';

/** Props of {@link PeriodPicker}. */
export interface PeriodPickerProps {
  /** Null while the records are being read: the picker shows empty and disabled. */
  readonly value: PeriodChoice | null;
  readonly years: readonly number[];
  readonly onChange: (next: PeriodChoice) => void;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `${i + 1}月` }));
const QUARTERS = ['一', '二', '三', '四'].map((n, i) => ({ value: i + 1, label: `第${n}季度` }));

/**
 * Chooses a period: month, quarter, year, running total (累计, January to a month) or a custom range. Without
 * a value (the records are still being read) it shows the month layout, empty and disabled.
 */
export function PeriodPicker({ value: chosen, years, onChange }: PeriodPickerProps) {
  const disabled = chosen === null;
  const value: Partial<PeriodChoice> = chosen ?? { kind: 'month' };
  const set = (patch: Partial<PeriodChoice>) => chosen && onChange({ ...chosen, ...patch });
  return (
    <Space wrap>
      <Radio.Group
        aria-label="期间类型"
        optionType="button"
        disabled={disabled}
        options={PERIOD_KINDS.map((k) => ({ value: k.value, label: k.label }))}
        value={chosen?.kind}
        onChange={(e) => set({ kind: e.target.value })}
      />
      {value.kind !== 'range' && (
        <Select
          virtual={false}
          aria-label="选择年份"
          style={{ width: 96 }}
          disabled={disabled}
          placeholder="年份"
          value={value.year}
          options={years.map((y) => ({ value: y, label: `${y}年` }))}
          onChange={(year) => set({ year })}
        />
      )}
      {(value.kind === 'month' || value.kind === 'running') && (
        <Select
          virtual={false}
          aria-label={value.kind === 'running' ? '选择截至月份' : '选择月份'}
          style={{ width: 88 }}
          disabled={disabled}
          placeholder="月份"
          value={value.month}
          options={MONTHS}
          onChange={(month) => set({ month })}
        />
      )}
      {value.kind === 'quarter' && (
        <Select
          virtual={false}
          aria-label="选择季度"
          style={{ width: 110 }}
          value={value.quarter}
          options={QUARTERS}
          onChange={(quarter) => set({ quarter })}
        />
      )}
      {value.kind === 'range' && (
        <Space.Compact>
          <Input
            type="date"
            aria-label="起始日期"
            value={value.from}
            onChange={(e) => e.target.value && set({ from: e.target.value })}
          />
          <Input
            type="date"
            aria-label="截止日期"
            value={value.to}
            onChange={(e) => e.target.value && set({ to: e.target.value })}
          />
        </Space.Compact>
      )}
    </Space>
  );
}
