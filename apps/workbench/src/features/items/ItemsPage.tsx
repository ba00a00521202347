import type { ItemId } from '@caibian/core';
import { Alert, Button, Space, Table, Tag, Tooltip, theme } from 'antd';
import { useState } from 'react';
import { PageTitle } from '../../app/PageTitle.tsx';
import { hrefOf } from '../../app/router.ts';
import { useRepositories } from '../../data/RepositoriesContext.tsx';
import type { ItemRow } from '../../data/rows.ts';
import { Highlighted } from './Highlighted.tsx';
import { ItemFilters } from './ItemFilters.tsx';
import { type ItemCriteria, type ListedItem, queryItems } from './itemQuery.ts';
import { itemSearchIndex, unitNamer } from './itemSearch.ts';
import { newItemId } from './newItemId.ts';
import { type RecipientTag, recipientTags } from './recipientTags.ts';
import { useAsyncValue } from './useAsyncValue.ts';

const EDITOR_PATH = '/items/:id';

/** The link to an item's editor. */
export const itemHref = (id: string) => hrefOf(EDITOR_PATH, { id });

interface Shown {
  readonly rows: readonly ListedItem[];
  readonly total: number;
  readonly tags: ReadonlyMap<ItemId, RecipientTag[]>;
}

/** 稿件: every item, searchable and filtered, with its status with each recipient. */
export function ItemsPage() {
  const repositories = useRepositories();
  const { items, units, records } = repositories;
  const [criteria, setCriteria] = useState<ItemCriteria>({});
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const unitList = useAsyncValue(() => units.list(), [units]);
  const shown = useAsyncValue<Shown>(async () => {
    const result = await queryItems(
      {
        items,
        searchIndex: () => itemSearchIndex(repositories),
        routes: async () => (await records.loadRecordSet()).routes,
      },
      criteria,
      { offset: (page.current - 1) * page.pageSize, limit: page.pageSize },
    );
    const tracked = await Promise.all(result.rows.map((r) => records.forItem(r.row.id)));
    const tags = new Map<ItemId, RecipientTag[]>();
    result.rows.forEach((r, i) => {
      const own = tracked[i];
      if (!own) return;
      const routes = own.routes.map((s) => s.record);
      const adoptions = own.adoptions.map((s) => s.record);
      const instructions = own.instructions.map((s) => s.record);
      tags.set(r.row.id, recipientTags({ routes, adoptions, instructions }, r.row.id));
    });
    return { ...result, tags };
  }, [criteria, page, items, records, repositories]);
  const name = unitNamer(unitList.value ?? []);

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
        <PageTitle>稿件</PageTitle>
        <Button type="primary" href={itemHref(newItemId(new Date()))}>
          新建信息
        </Button>
      </div>
      <ItemFilters
        criteria={criteria}
        units={unitList.value ?? []}
        onChange={(next) => {
          setCriteria(next);
          setPage((p) => ({ ...p, current: 1 }));
        }}
      />
      {shown.error ? <Alert type="error" showIcon title="读取稿件失败" description={String(shown.error)} /> : null}
      <Table<ListedItem>
        aria-label="稿件列表"
        rowKey={(r) => r.row.id}
        loading={shown.loading}
        dataSource={shown.value?.rows.slice() ?? []}
        locale={{ emptyText: '没有符合条件的稿件' }}
        pagination={{
          current: page.current,
          pageSize: page.pageSize,
          total: shown.value?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => `共 ${total} 条`,
          onChange: (current, pageSize) => setPage({ current, pageSize }),
        }}
        columns={[
          {
            title: '标题',
            key: 'title',
            render: (_, r) => (
              <a href={itemHref(r.row.id)}>
                <Highlighted text={r.row.item.title} spans={r.spans.filter((s) => s.field === 'title')} />
              </a>
            ),
          },
          {
            title: '单位',
            key: 'units',
            render: (_, r) => <UnitNames row={r} name={name} />,
          },
          { title: '类别', key: 'category', width: 70, render: (_, r) => r.row.category || '—' },
          { title: '状态', key: 'status', width: 90, render: (_, r) => <StatusTag status={r.row.status} /> },
          { title: '日期', key: 'date', width: 110, render: (_, r) => r.row.date || '—' },
          {
            title: '报送情况',
            key: 'recipients',
            render: (_, r) => <RecipientTags tags={shown.value?.tags.get(r.row.id) ?? []} />,
          },
        ]}
      />
    </Space>
  );
}

function UnitNames({ row, name }: { row: ListedItem; name: (id: string) => string }) {
  const spans = row.spans.filter((s) => s.field === 'unit');
  return (
    <Space size={4} wrap>
      {row.row.item.units.map((u, index) => (
        <span key={u.unitId}>
          <Highlighted text={name(u.unitId)} spans={spans.filter((s) => s.index === index)} />
        </span>
      ))}
    </Space>
  );
}

const WORKFLOW_COLORS: Record<ItemRow['status'], string> = {
  草稿: 'default',
  审核中: 'processing',
  退改: 'warning',
  已签发: 'cyan',
  已报送: 'success',
};

/** An item's workflow status as a tag. */
export function StatusTag({ status }: { status: ItemRow['status'] }) {
  return <Tag color={WORKFLOW_COLORS[status]}>{status}</Tag>;
}

function RecipientTags({ tags }: { tags: readonly RecipientTag[] }) {
  const { token } = theme.useToken();
  if (tags.length === 0) return <span style={{ color: token.colorTextSecondary }}>未报送</span>;
  return (
    <Space size={4} wrap>
      {tags.map((tag) => (
        <Tooltip key={tag.key} title={tag.detail || undefined}>
          <Tag color={tag.color}>{tag.label}</Tag>
        </Tooltip>
      ))}
    </Space>
  );
}
