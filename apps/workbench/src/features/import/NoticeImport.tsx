import '../../app/dayjsChinese.ts';
import { ADOPTION_FORMS, type ItemId, LEVELS, type Problem } from '@caibian/core';
import { readWorkbookFile } from '@caibian/core/io';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useRepositories } from '../../data/RepositoriesContext.tsx';
import { reportStorageError } from '../settings/storageAlerts.ts';
import { type MatchedRow, matchInBackground } from './matchNoticeRows.ts';
import { adoptionKey, type NoticeDefaults, type NoticeSheet, noticeAdoptions, readNoticeSheet } from './noticeRows.ts';
import { ProblemsTable } from './ProblemsTable.tsx';

const SKIP = '__skip__';

/**
 * 导入采用通报: an upstream notice (a 标题 column, optionally 单位, 采用级别, 采用刊物, 采用形式, 采用日期, 期号)
 * matched to the stored items; sure matches come pre-selected, the others list candidates to choose from or
 * skip; the adoptions are recorded in one transaction when the user confirms.
 */
export function NoticeImport() {
  const { items, records } = useRepositories();
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeSheet | null>(null);
  const [rows, setRows] = useState<MatchedRow[]>([]);
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const [defaults, setDefaults] = useState<NoticeDefaults>({});
  const [done, setDone] = useState<string | null>(null);

  async function choose(file: File) {
    setBusy(true);
    setProblems([]);
    setDone(null);
    setNotice(null);
    try {
      const book = await readWorkbookFile(new Uint8Array(await file.arrayBuffer()), file.name);
      const read = book.ok ? readNoticeSheet(book.value) : book;
      if (!read.ok) {
        setProblems(read.problems);
        return;
      }
      const [stored, set] = await Promise.all([
        items.list({}, { offset: 0, limit: 2_000_000_000 }),
        records.loadRecordSet(),
      ]);
      const { units, routes } = set;
      const matched = await matchInBackground({
        rows: read.value.rows,
        items: stored.rows.map((r) => r.item),
        records: { units, routes },
      });
      setRows(matched);
      setNotice(read.value);
    } catch (error) {
      message.error(`无法读取通报：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  function select(row: number, ids: ItemId[]) {
    setRows((list) => list.map((r) => (r.row.row === row ? { ...r, selected: ids } : r)));
  }

  async function record() {
    if (!notice) return;
    const chosen = new Map(rows.map((r) => [r.row.row, r.selected]));
    const built = noticeAdoptions(notice, chosen, defaults);
    if (!built.ok) {
      setProblems(built.problems);
      return;
    }
    setProblems([]);
    setBusy(true);
    try {
      const existing = new Set((await records.loadRecordSet()).adoptions.map(adoptionKey));
      const fresh = built.value.filter((a) => !existing.has(adoptionKey(a)));
      const result = await records.apply(
        fresh.map((record) => ({ op: 'add' as const, kind: 'adoptions' as const, record })),
      );
      if (!result.ok) {
        setProblems(result.problems);
        return;
      }
      const skipped = built.value.length - fresh.length;
      setDone(`已登记 ${fresh.length} 条采用${skipped > 0 ? `（${skipped} 条此前已登记，未重复记录）` : ''}`);
      setNotice(null);
      message.success('采用已登记');
    } catch (error) {
      reportStorageError(error);
      message.error(`登记失败，没有写入任何数据：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  const chosenCount = rows.filter((r) => r.selected.length > 0).length;
  return (
    <Card title="导入采用通报">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">
          上级的采用通报（.xlsx 或 .csv），至少有“标题”列；可带“单位、采用级别、采用刊物、采用形式、采用日期、期号”列。
          系统按标题、单位和日期匹配已报送的稿件：把握大的自动选中，其余请从候选稿件中选择或跳过，确认后一次登记。
        </Typography.Paragraph>
        <Upload
          accept=".xlsx,.xlsm,.csv"
          showUploadList={false}
          beforeUpload={(file) => {
            void choose(file);
            return false;
          }}
        >
          <Button type="primary" loading={busy && !notice}>
            选择采用通报…
          </Button>
        </Upload>
        {problems.length > 0 && <ProblemsTable problems={problems} label="通报问题" />}
        {done && <Alert type="success" title={done} />}
        {notice && (
          <>
            <Form layout="inline" aria-label="整份通报的采用信息">
              <Form.Item label="采用级别">
                <Select
                  aria-label="采用级别"
                  style={{ width: 100 }}
                  allowClear
                  value={defaults.level}
                  options={LEVELS.map((l) => ({ value: l, label: l }))}
                  onChange={(level) => setDefaults((d) => ({ ...d, level }))}
                />
              </Form.Item>
              <Form.Item label="采用刊物">
                <Input
                  aria-label="采用刊物"
                  value={defaults.publication}
                  onChange={(e) => setDefaults((d) => ({ ...d, publication: e.target.value }))}
                  placeholder="如 昨日情况"
                />
              </Form.Item>
              <Form.Item label="采用形式">
                <Select
                  aria-label="采用形式"
                  style={{ width: 100 }}
                  allowClear
                  value={defaults.form}
                  options={ADOPTION_FORMS.map((f) => ({ value: f, label: f }))}
                  onChange={(form) => setDefaults((d) => ({ ...d, form }))}
                />
              </Form.Item>
              <Form.Item label="采用日期">
                <DatePicker
                  aria-label="采用日期"
                  onChange={(_, text) =>
                    setDefaults((d) => ({ ...d, date: typeof text === 'string' ? text : undefined }))
                  }
                />
              </Form.Item>
              <Form.Item label="期号">
                <Input
                  aria-label="期号"
                  value={defaults.issue}
                  onChange={(e) => setDefaults((d) => ({ ...d, issue: e.target.value }))}
                  placeholder="〔2024〕第12期"
                />
              </Form.Item>
            </Form>
            <Table<MatchedRow>
              aria-label="通报匹配结果"
              size="small"
              rowKey={(r) => String(r.row.row)}
              dataSource={rows}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              columns={[
                { title: '行', width: 60, render: (_, r) => r.row.row },
                { title: '通报标题', render: (_, r) => r.row.title },
                {
                  title: '匹配',
                  width: 90,
                  render: (_, r) =>
                    r.match.matches.length > 0 ? <Tag color="green">自动匹配</Tag> : <Tag color="orange">请选择</Tag>,
                },
                {
                  title: '对应稿件',
                  render: (_, r) => (
                    <Select<string | string[]>
                      aria-label={`第${r.row.row}行对应稿件`}
                      style={{ minWidth: 320, width: '100%' }}
                      mode={r.match.combined ? 'multiple' : undefined}
                      value={r.match.combined ? r.selected : (r.selected[0] ?? SKIP)}
                      options={[
                        ...(r.match.combined ? [] : [{ value: SKIP, label: '跳过（不登记）' }]),
                        ...r.match.candidates.map((c) => ({
                          value: c.id,
                          label: `${c.title}（${c.id}，相似度 ${Math.round(c.score * 100)}%）`,
                        })),
                      ]}
                      onChange={(value) => {
                        const ids = (Array.isArray(value) ? value : [value]).filter((v) => v !== SKIP) as ItemId[];
                        select(r.row.row, ids);
                      }}
                    />
                  ),
                },
              ]}
            />
            <Space>
              <Button type="primary" onClick={record} loading={busy} disabled={chosenCount === 0}>
                登记采用（{chosenCount} 行）
              </Button>
              <Button onClick={() => setNotice(null)}>放弃</Button>
            </Space>
          </>
        )}
      </Space>
    </Card>
  );
}
