import {
  App as AntApp,
  Button,
  Card,
  Empty,
  Input,
  List,
  Popconfirm,
  Select,
  Space,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useRepositories } from '../../data/RepositoriesContext.tsx';
import type { MaterialRow } from '../../data/rows.ts';
import { copyText } from '../commissions/copyText.ts';
import { MaterialForm } from './MaterialForm.tsx';
import {
  libraryOf,
  MATERIAL_LIBRARIES,
  type MaterialInput,
  type MaterialLibrary,
  materialFields,
  materialText,
  visibleTags,
} from './materialText.ts';
import { searchMaterials } from './searchMaterials.ts';

type Editing = { row?: MaterialRow; initial: MaterialInput } | null;

/** 素材库: the office's data points, quotes, focus topics and reference material; add, edit, tag, search, copy. */
export function MaterialsPage() {
  const { materials } = useRepositories();
  const { message } = AntApp.useApp();
  const rows = useLiveQuery(() => materials.list(), [materials]);
  const [library, setLibrary] = useState<MaterialLibrary | '全部'>('全部');
  const [query, setQuery] = useState('');
  const [tag, setTag] = useState<string>();
  const [editing, setEditing] = useState<Editing>(null);

  const all = rows ?? [];
  const tags = [...new Set(all.flatMap(visibleTags))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const shown = searchMaterials(
    all.filter((r) => (library === '全部' || libraryOf(r) === library) && (!tag || r.tags.includes(tag))),
    query,
  );

  async function submit(input: MaterialInput): Promise<boolean> {
    try {
      const fields = materialFields(input);
      if (editing?.row) {
        await materials.update(editing.row.id, { ...fields, source: fields.source });
      } else await materials.add(fields);
      message.success('素材已保存');
      return true;
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
      return false;
    }
  }

  async function copy(row: MaterialRow) {
    if (await copyText(materialText(row))) message.success('已复制，可粘贴到稿件中');
    else message.error('复制失败，请手动选中文本复制');
  }

  const startAdd = () =>
    setEditing({ initial: { library: library === '全部' ? '数据' : library, text: '', tags: tag ? [tag] : [] } });

  return (
    <Card
      title="素材库"
      extra={
        <Button type="primary" onClick={startAdd}>
          添加素材
        </Button>
      }
    >
      <Tabs
        activeKey={library}
        onChange={(key) => setLibrary(key as MaterialLibrary | '全部')}
        items={[{ key: '全部', label: '全部' }, ...MATERIAL_LIBRARIES.map((l) => ({ key: l.key, label: l.name }))]}
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label="搜索素材"
          allowClear
          placeholder="搜索内容、来源、标签，支持拼音和首字母"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          style={{ width: 360 }}
        />
        <Select
          aria-label="按标签筛选"
          allowClear
          placeholder="按标签筛选"
          value={tag}
          onChange={setTag}
          style={{ width: 200 }}
          options={tags.map((t) => ({ value: t, label: t }))}
        />
      </Space>
      {rows === undefined ? null : shown.length === 0 ? (
        <Empty description={all.length === 0 ? '素材库还是空的' : '没有找到匹配的素材'} />
      ) : (
        <List
          aria-label="素材列表"
          dataSource={shown}
          renderItem={(row) => (
            <List.Item
              actions={[
                <Button key="copy" type="link" onClick={() => copy(row)}>
                  复制插入
                </Button>,
                <Button
                  key="edit"
                  type="link"
                  onClick={() =>
                    setEditing({
                      row,
                      initial: { library: libraryOf(row), text: row.text, source: row.source, tags: visibleTags(row) },
                    })
                  }
                >
                  编辑
                </Button>,
                <Popconfirm key="remove" title="删除这条素材？" onConfirm={() => materials.remove(row.id)}>
                  <Button type="link" danger>
                    删除
                  </Button>
                </Popconfirm>,
              ]}
            >
              <List.Item.Meta
                title={<Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{row.text}</Typography.Text>}
                description={
                  <Space wrap size={4}>
                    <Tag color="blue">{MATERIAL_LIBRARIES.find((l) => l.key === libraryOf(row))?.name}</Tag>
                    {row.source && <span>来源：{row.source}</span>}
                    {visibleTags(row).map((t) => (
                      <Tag key={t}>{t}</Tag>
                    ))}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      )}
      {editing && (
        <MaterialForm
          title={editing.row ? '编辑素材' : '添加素材'}
          initial={editing.initial}
          tagOptions={tags}
          onSubmit={submit}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}
