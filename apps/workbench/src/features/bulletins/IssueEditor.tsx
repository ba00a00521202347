import type { ItemId, UnitId } from '@caibian/core';
import { App as AntApp, Button, Card, Col, List, Popconfirm, Row, Space, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { createPortal } from 'react-dom';
import { useRepositories } from '../../data/RepositoriesContext.tsx';
import type { BulletinRow, ItemRow } from '../../data/rows.ts';
import { isoDateOf } from '../commissions/clock.ts';
import { BulletinSheet } from './BulletinSheet.tsx';
import { bulletinDocx, downloadBlob, itemBodyText, itemUnitText } from './bulletinDocuments.ts';
import {
  BULLETIN_DEFAULTS_SETTING,
  type IssueMeta,
  issueMeta,
  issueNumberText,
  moveItem,
  secrecyWarnings,
  toBulletinIssue,
} from './bulletinLogic.ts';
import { IssueMetaForm } from './IssueMetaForm.tsx';
import { ItemPicker } from './ItemPicker.tsx';

/** One issue being compiled: its items in order, layout fields, a preview, Word export and printing. */
export function IssueEditor({ row, unitName }: { row: BulletinRow; unitName: (id: UnitId) => string }) {
  const { bulletins, items, settings } = useRepositories();
  const { message, modal } = AntApp.useApp();
  const defaults = useLiveQuery(() => settings.get<unknown>(BULLETIN_DEFAULTS_SETTING, null), [settings]);
  const loaded = useLiveQuery(
    async () => (await Promise.all(row.itemIds.map((id) => items.get(id)))).filter((r): r is ItemRow => !!r),
    [items, row.itemIds.join('\n')],
  );
  const itemRows = loaded ?? [];
  const meta = issueMeta(row.layout ?? null, defaults, isoDateOf(new Date()));
  const issue = toBulletinIssue(
    row,
    meta,
    itemRows.map((r) => ({ title: r.item.title, body: itemBodyText(r), unit: itemUnitText(r, unitName) })),
  );
  const number = issueNumberText(row.year, row.number);

  async function saveMeta(next: IssueMeta) {
    try {
      await bulletins.setLayout(row.id, next);
      // The office's last-used layout, offered for the next new issue.
      await settings.set(BULLETIN_DEFAULTS_SETTING, { editor: next.editor, to: next.to, copies: next.copies });
    } catch (error) {
      message.error(`版式未保存：${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const setItems = (itemIds: ItemId[]) => bulletins.update(row.id, { itemIds });

  function guarded(what: string, action: () => void | Promise<void>) {
    if (itemRows.length === 0) {
      message.warning('本期还没有稿件，请先加入稿件');
      return;
    }
    const warnings = secrecyWarnings(itemRows, itemBodyText, meta);
    if (warnings.length === 0) {
      void action();
      return;
    }
    modal.confirm({
      title: `本期含涉密或内部资料内容，确定要${what}吗？`,
      content: (
        <div>
          {warnings.map((w) => (
            <div key={w}>· {w}</div>
          ))}
          <div style={{ marginTop: 8 }}>涉密内容不得通过非涉密渠道传输、存储或打印。</div>
        </div>
      ),
      okText: `仍然${what}`,
      cancelText: '取消',
      okButtonProps: { danger: true },
      onOk: action,
    });
  }

  async function exportWord() {
    try {
      const { blob, fileName } = await bulletinDocx(row, meta, itemRows, unitName);
      downloadBlob(blob, fileName);
      message.success(`已导出 ${fileName}`);
    } catch (error) {
      message.error(`导出失败：${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return (
    <Card
      title={
        <Space>
          <span>
            《{row.name}》{number}
          </span>
          <Tag color={row.status === '已印发' ? 'green' : 'blue'}>{row.status}</Tag>
        </Space>
      }
      extra={
        <Space wrap>
          <Button type="primary" onClick={() => guarded('导出', exportWord)}>
            导出Word
          </Button>
          <Button onClick={() => guarded('打印', () => window.print())}>打印本期</Button>
          {row.status === '编辑中' && (
            <Button onClick={() => bulletins.update(row.id, { status: '已印发', issuedAt: new Date().toISOString() })}>
              标为已印发
            </Button>
          )}
          <Popconfirm title="删除本期？" okText="删除" cancelText="取消" onConfirm={() => bulletins.remove(row.id)}>
            <Button danger>删除本期</Button>
          </Popconfirm>
        </Space>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={12}>
          {defaults !== undefined && <IssueMetaForm key={row.id} meta={meta} onChange={saveMeta} />}
          <Typography.Title level={5}>本期稿件（按刊登顺序）</Typography.Title>
          <List
            aria-label="本期稿件"
            bordered
            size="small"
            locale={{ emptyText: '从下方选择稿件加入本期' }}
            dataSource={itemRows}
            renderItem={(r, i) => (
              <List.Item
                actions={[
                  <Button
                    key="up"
                    size="small"
                    aria-label={`上移第${i + 1}条`}
                    disabled={i === 0}
                    onClick={() => setItems(moveItem(row.itemIds, row.itemIds.indexOf(r.id), -1))}
                  >
                    上移
                  </Button>,
                  <Button
                    key="down"
                    size="small"
                    aria-label={`下移第${i + 1}条`}
                    disabled={i === itemRows.length - 1}
                    onClick={() => setItems(moveItem(row.itemIds, row.itemIds.indexOf(r.id), 1))}
                  >
                    下移
                  </Button>,
                  <Button
                    key="remove"
                    size="small"
                    aria-label={`移出第${i + 1}条`}
                    danger
                    onClick={() => setItems(row.itemIds.filter((id) => id !== r.id))}
                  >
                    移出
                  </Button>,
                ]}
              >
                <Typography.Text>
                  {i + 1}. {r.item.title}
                </Typography.Text>
              </List.Item>
            )}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            选择稿件
          </Typography.Title>
          <ItemPicker exclude={row.itemIds} onPick={(id) => setItems([...row.itemIds, id])} />
        </Col>
        <Col xs={24} xxl={12}>
          <Typography.Title level={5}>版式预览</Typography.Title>
          <div className="bulletin-preview">
            <BulletinSheet issue={issue} />
          </div>
        </Col>
      </Row>
      {createPortal(
        <div className="bulletin-print-root" aria-hidden="true">
          <BulletinSheet issue={issue} />
        </div>,
        document.body,
      )}
    </Card>
  );
}
