import { CATEGORIES, type Category, LEVELS, type Level, type Unit, type UnitId } from '@caibian/core';
import { Input, Select, Space } from 'antd';
import { ITEM_STATUSES, type ItemStatus } from '../../data/rows.ts';
import { DateRangeFilter } from './DateRangeFilter.tsx';
import type { ItemCriteria } from './itemQuery.ts';

/** Props of {@link ItemFilters}. */
export interface ItemFiltersProps {
  readonly criteria: ItemCriteria;
  readonly units: readonly Unit[];
  readonly onChange: (criteria: ItemCriteria) => void;
}

const options = <T extends string>(values: readonly T[]) => values.map((value) => ({ value, label: value }));

/** Replaces one criterion, dropping it when cleared. */
function withCriterion<K extends keyof ItemCriteria>(
  criteria: ItemCriteria,
  key: K,
  value: ItemCriteria[K] | undefined | null,
): ItemCriteria {
  const next: Record<string, unknown> = { ...criteria };
  if (value === undefined || value === null || value === '') delete next[key];
  else next[key] = value;
  return next as ItemCriteria;
}

/** The search box and filters of the 稿件 list (status, category, unit, level, date range). */
export function ItemFilters({ criteria, units, onChange }: ItemFiltersProps) {
  const set = <K extends keyof ItemCriteria>(key: K, value: ItemCriteria[K] | undefined | null) =>
    onChange(withCriterion(criteria, key, value));
  return (
    <Space wrap>
      <Input.Search
        aria-label="搜索稿件"
        placeholder="搜索标题、正文、单位（支持拼音、首字母、错别字）"
        allowClear
        style={{ width: 340 }}
        onSearch={(value) => set('query', value.trim())}
      />
      <Select<ItemStatus>
        aria-label="状态"
        placeholder="状态"
        allowClear
        style={{ width: 110 }}
        options={options(ITEM_STATUSES)}
        value={criteria.status ?? null}
        onChange={(value) => set('status', value)}
      />
      <Select<Category>
        aria-label="信息类别"
        placeholder="信息类别"
        allowClear
        style={{ width: 110 }}
        options={options(CATEGORIES)}
        value={criteria.category ?? null}
        onChange={(value) => set('category', value)}
      />
      <Select<UnitId>
        aria-label="单位"
        placeholder="单位"
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 200 }}
        options={units.map((u) => ({ value: u.id, label: u.name }))}
        value={criteria.unitId ?? null}
        onChange={(value) => set('unitId', value)}
      />
      <Select<Level>
        aria-label="报送级别"
        placeholder="报送级别"
        allowClear
        style={{ width: 110 }}
        options={options(LEVELS)}
        value={criteria.level ?? null}
        onChange={(value) => set('level', value)}
      />
      <DateRangeFilter
        onChange={(from, to) => onChange(withCriterion(withCriterion(criteria, 'from', from), 'to', to))}
      />
    </Space>
  );
}
