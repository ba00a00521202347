import type { ItemId } from '@caibian/core';
import { SearchIndex, searchDocFromItem } from '@caibian/core/search';
import { Button, Input, List, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useRepositories } from '../../data/RepositoriesContext.tsx';

const RECENT = 500;

/**
 * Picks items for an issue: the newest items, searchable by words, typos, pinyin and initials (core's search
 * index over the most recent {@link RECENT} items); items already in the issue are left out.
 */
export function ItemPicker({ exclude, onPick }: { exclude: readonly ItemId[]; onPick: (id: ItemId) => void }) {
  const { items } = useRepositories();
  const page = useLiveQuery(() => items.list({}, { offset: 0, limit: RECENT }), [items]);
  const [query, setQuery] = useState('');
  const rows = page?.rows ?? [];
  const index = useMemo(() => SearchIndex.build(rows.map((r) => searchDocFromItem(r.item))), [rows]);
  const taken = new Set(exclude);
  const q = query.trim();
  const found = (q === '' ? rows.map((r) => r.id) : index.search(q, { limit: 30 }).map((h) => h.doc.id))
    .filter((id) => !taken.has(id))
    .slice(0, 30);
  const byId = new Map(rows.map((r) => [r.id, r]));

  return (
    <div>
      <Input.Search
        aria-label="搜索稿件"
        allowClear
        placeholder="搜索稿件标题、正文、单位，支持拼音首字母"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <List
        aria-label="可选稿件"
        size="small"
        style={{ maxHeight: 360, overflow: 'auto' }}
        locale={{ emptyText: rows.length === 0 ? '还没有稿件' : '没有匹配的稿件' }}
        dataSource={found}
        renderItem={(id) => {
          const row = byId.get(id);
          return (
            <List.Item
              actions={[
                <Button key="add" type="link" size="small" onClick={() => onPick(id)}>
                  加入本期
                </Button>,
              ]}
            >
              <Typography.Text ellipsis style={{ maxWidth: 360 }}>
                {row?.item.title ?? id}
              </Typography.Text>
              {row && row.item.secrecy !== '无' && (
                <Typography.Text type="danger">（{row.item.secrecy}）</Typography.Text>
              )}
            </List.Item>
          );
        }}
      />
    </div>
  );
}
