import '../../app/dayjsChinese.ts';
import { DatePicker } from 'antd';

/** Props of {@link DateRangePicker}. */
export interface DateRangePickerProps {
  /** The chosen range as `YYYY-MM-DD` strings; both empty when cleared. */
  readonly onChange: (from: string, to: string) => void;
  readonly autoFocus?: boolean;
  /** Opens the picker's panel when it mounts (it was clicked before it loaded). */
  readonly open?: boolean;
}

/** antd's range picker, in its own chunk with dayjs: see `DateRangeFilter`. */
export function DateRangePicker({ onChange, autoFocus, open }: DateRangePickerProps) {
  return (
    <DatePicker.RangePicker
      aria-label="日期范围"
      placeholder={['开始日期', '结束日期']}
      autoFocus={autoFocus}
      defaultOpen={open}
      onChange={(_, [from, to]) => onChange(from, to)}
    />
  );
}
