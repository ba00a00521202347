import { Input } from 'antd';
import { lazy, Suspense, useState } from 'react';
import type { DateRangePickerProps } from './DateRangePicker.tsx';

// The date picker and dayjs (about 34 KB gzip) are not part of the 稿件 list's first load: they load when
// the pointer first comes near the filter, and the picker takes the placeholder's place once it is used.
const loadPicker = () => import('./DateRangePicker.tsx');
const LazyPicker = lazy(() => loadPicker().then((m) => ({ default: m.DateRangePicker })));
const PLACEHOLDER_STYLE = { width: 300 };

/**
 * The 稿件 list's date range filter: a placeholder that looks like the range picker until the user reaches
 * for it, then antd's `RangePicker` in its place: focused, and open when it was clicked.
 */
export function DateRangeFilter({ onChange }: Pick<DateRangePickerProps, 'onChange'>) {
  const [used, setUsed] = useState<'pointer' | 'keyboard' | null>(null);
  const placeholder = (
    <Input
      readOnly
      aria-label="日期范围"
      placeholder="开始日期 → 结束日期"
      style={PLACEHOLDER_STYLE}
      onPointerEnter={() => void loadPicker().catch(() => {})}
      onPointerDown={() => setUsed('pointer')}
      onFocus={() => setUsed((how) => how ?? 'keyboard')}
    />
  );
  if (!used) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <LazyPicker autoFocus open={used === 'pointer'} onChange={onChange} />
    </Suspense>
  );
}
