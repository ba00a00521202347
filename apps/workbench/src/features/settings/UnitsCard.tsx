import type { Unit } from '@caibian/core';
import { App as AntApp, Button, Card, Form, Input, Modal, Select, Table } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useRepositories } from '../../data/RepositoriesContext.tsx';
import { reportStorageError } from './storageAlerts.ts';
import { draftOf, type UnitDraft, unitFromDraft } from './unitDraft.ts';

/** 单位管理: a table of the units with their group, parent and class; add and edit in a dialog. */
export function UnitsCard() {
  const { units } = useRepositories();
  const { message } = AntApp.useApp();
  const list = useLiveQuery(() => units.list(), [units]);
  const [editing, setEditing] = useState<{ unit?: Unit; draft: UnitDraft } | null>(null);
  const [errors, setErrors] = useState<Partial<Record<keyof UnitDraft, string>>>({});
  const all = list ?? [];
  const nameOf = new Map(all.map((u) => [u.id as string, u.name]));
  const groups = [...new Set(all.flatMap((u) => (u.group ? [u.group] : [])))];

  function open(unit?: Unit) {
    setErrors({});
    setEditing(unit ? { unit, draft: draftOf(unit) } : { draft: draftOf() });
  }

  async function save() {
    if (!editing) return;
    const result = unitFromDraft(editing.draft, all, editing.unit);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    try {
      await units.put([result.unit]);
      message.success(editing.unit ? '单位已修改' : '单位已添加');
      setEditing(null);
    } catch (error) {
      reportStorageError(error);
      message.error(error instanceof Error ? error.message : String(error));
    }
  }

  const set = (field: keyof UnitDraft) => (value: string | undefined) =>
    setEditing((e) => (e ? { ...e, draft: { ...e.draft, [field]: value ?? '' } } : e));

  return (
    <Card
      title="单位管理"
      extra={
        <Button type="primary" onClick={() => open()}>
          添加单位
        </Button>
      }
    >
      <Table<Unit>
        aria-label="单位列表"
        rowKey="id"
        size="small"
        loading={list === undefined}
        dataSource={all}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: '还没有单位：可手动添加，或在“导入导出”中导入登记簿' }}
        columns={[
          { title: '单位名称', dataIndex: 'name' },
          { title: '分组', dataIndex: 'group', render: (g?: string) => g ?? '—' },
          { title: '上级单位', dataIndex: 'parentId', render: (p?: string) => (p ? (nameOf.get(p) ?? p) : '—') },
          { title: '类别', dataIndex: 'class', render: (c?: string) => c ?? '—' },
          {
            title: '操作',
            key: 'edit',
            render: (_, unit) => (
              <Button type="link" onClick={() => open(unit)} aria-label={`编辑${unit.name}`}>
                编辑
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing?.unit ? `编辑单位：${editing.unit.name}` : '添加单位'}
        okText="保存"
        cancelText="取消"
        onOk={save}
        onCancel={() => setEditing(null)}
        destroyOnHidden
      >
        {editing && (
          <Form layout="vertical">
            <Form.Item label="单位名称" required validateStatus={errors.name ? 'error' : ''} help={errors.name}>
              <Input aria-label="单位名称" value={editing.draft.name} onChange={(e) => set('name')(e.target.value)} />
            </Form.Item>
            <Form.Item label="分组" help="排名按分组进行，如 乡镇组、部门组">
              <Select
                aria-label="分组"
                mode="tags"
                maxCount={1}
                value={editing.draft.group ? [editing.draft.group] : []}
                options={groups.map((g) => ({ value: g, label: g }))}
                onChange={(values: string[]) => set('group')(values.at(-1))}
              />
            </Form.Item>
            <Form.Item
              label="上级单位"
              validateStatus={errors.parentId ? 'error' : ''}
              help={errors.parentId ?? '信息直报点等下级单位的得分计入上级单位'}
            >
              <Select
                aria-label="上级单位"
                allowClear
                value={editing.draft.parentId || undefined}
                options={all.filter((u) => u.id !== editing.unit?.id).map((u) => ({ value: u.id, label: u.name }))}
                onChange={(value?: string) => set('parentId')(value)}
              />
            </Form.Item>
            <Form.Item label="类别">
              <Input aria-label="类别" value={editing.draft.class} onChange={(e) => set('class')(e.target.value)} />
            </Form.Item>
          </Form>
        )}
      </Modal>
    </Card>
  );
}
