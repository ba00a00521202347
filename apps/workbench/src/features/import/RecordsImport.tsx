import type { WorkbookRead } from '@caibian/core';
import { Alert, App as AntApp, Button, Card, Checkbox, Descriptions, Progress, Space, Typography, Upload } from 'antd';
import { useRef, useState } from 'react';
import type { ImportSummary } from '../../data/importRecordSet.ts';
import { useRepositories } from '../../data/RepositoriesContext.tsx';
import { reportStorageError } from '../settings/storageAlerts.ts';
import { type ImportCounts, importCounts, PHASE_LABEL, PHASE_PERCENT } from './importSummary.ts';
import { ProblemsTable } from './ProblemsTable.tsx';
import { parseInBackground } from './parseInBackground.ts';
import type { ParseOutcome, ParsePhase, WorkbookFile } from './parseWorkbook.ts';
import { SheetPreviewTable } from './SheetPreviewTable.tsx';

type Stage =
  | { kind: 'idle' }
  | { kind: 'parsing'; phase: ParsePhase }
  | { kind: 'parsed'; outcome: ParseOutcome }
  | { kind: 'importing'; percent: number; read: WorkbookRead }
  | { kind: 'done'; summary: ImportSummary; counts: ImportCounts };

/**
 * 导入登记簿: pick an .xlsx (or the .csv files of the sheets), see a preview and every bad row with its sheet,
 * row and column; nothing is written until the user confirms, and then all of it in one transaction.
 */
export function RecordsImport() {
  const { records, units } = useRepositories();
  const { message } = AntApp.useApp();
  const [files, setFiles] = useState<WorkbookFile[]>([]);
  const [options, setOptions] = useState({ createMissingUnits: false, skipInvalidRows: false });
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });

  // Only the latest parse may show its result: an option toggled while a new file is being read must not
  // let the older, slower parse overwrite the newer one.
  const latestParse = useRef(0);

  async function parse(next: WorkbookFile[], opts = options) {
    if (next.length === 0) return;
    const ticket = ++latestParse.current;
    const current = () => ticket === latestParse.current;
    setStage({ kind: 'parsing', phase: 'reading' });
    try {
      const storedUnits = await units.list();
      const outcome = await parseInBackground({ files: next, ...opts, storedUnits }, (phase) => {
        if (current()) setStage({ kind: 'parsing', phase });
      });
      if (current()) setStage({ kind: 'parsed', outcome });
    } catch (error) {
      if (!current()) return;
      setStage({ kind: 'idle' });
      message.error(`无法读取文件：${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async function choose(list: File[]) {
    latestParse.current += 1;
    setStage({ kind: 'parsing', phase: 'reading' });
    const read = await Promise.all(
      list.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
    );
    setFiles(read);
    await parse(read);
  }

  function toggle(key: keyof typeof options, value: boolean) {
    const next = { ...options, [key]: value };
    setOptions(next);
    void parse(files, next);
  }

  async function confirm(read: WorkbookRead) {
    setStage({ kind: 'importing', percent: 0, read });
    try {
      const summary = await records.importRecordSet(read.records, (p) =>
        setStage({ kind: 'importing', percent: p.total ? Math.floor((100 * p.done) / p.total) : 100, read }),
      );
      setStage({ kind: 'done', summary, counts: importCounts(read) });
      message.success('导入完成');
    } catch (error) {
      reportStorageError(error);
      setStage({ kind: 'parsed', outcome: { ok: true, preview: [], read } });
      message.error(`导入失败，没有写入任何数据：${error instanceof Error ? error.message : String(error)}`);
    }
  }

  const outcome = stage.kind === 'parsed' ? stage.outcome : null;
  const counts = outcome?.ok ? importCounts(outcome.read) : null;
  return (
    <Card title="导入登记簿">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">
          支持 Excel 工作簿（.xlsx，工作表 单位、报送、采用、批示、扣分），或以工作表命名的多个 CSV
          文件（单位.csv、报送.csv…，可多选）。
          导入前会先检查全部内容并预览，确认后才写入；写入要么全部成功，要么什么都不写。
        </Typography.Paragraph>
        <Upload
          accept=".xlsx,.xlsm,.csv"
          multiple
          showUploadList={false}
          beforeUpload={(_, list) => {
            if (list[0] && _ === list[0]) void choose(list);
            return false;
          }}
        >
          <Button type="primary" disabled={stage.kind === 'parsing' || stage.kind === 'importing'}>
            选择登记簿文件…
          </Button>
        </Upload>
        <Space wrap>
          <Checkbox
            checked={options.createMissingUnits}
            onChange={(e) => toggle('createMissingUnits', e.target.checked)}
          >
            自动新建“单位”表中没有的报送单位
          </Checkbox>
          <Checkbox checked={options.skipInvalidRows} onChange={(e) => toggle('skipInvalidRows', e.target.checked)}>
            跳过有问题的行，导入其余各行
          </Checkbox>
        </Space>
        {files.length > 0 && <Typography.Text>文件：{files.map((f) => f.name).join('、')}</Typography.Text>}
        {stage.kind === 'parsing' && (
          <Progress
            percent={PHASE_PERCENT[stage.phase]}
            status="active"
            aria-label="解析进度"
            format={() => PHASE_LABEL[stage.phase]}
          />
        )}
        {outcome && outcome.preview.length > 0 && <SheetPreviewTable preview={outcome.preview} />}
        {outcome && !outcome.ok && (
          <>
            <Alert
              type="error"
              title={`发现 ${outcome.problems.length} 处问题，没有导入任何数据`}
              description="请按下表逐项修改文件后重新选择；或勾选“跳过有问题的行”只导入没有问题的行。"
            />
            <ProblemsTable problems={outcome.problems} label="问题列表" />
          </>
        )}
        {outcome?.ok && counts && (
          <>
            <Descriptions title="将导入" size="small" bordered column={3} items={counts.items} />
            {outcome.read.skippedRows.length > 0 && (
              <>
                <Alert type="warning" title={`将跳过 ${outcome.read.skippedRows.length} 行有问题的行（不导入）`} />
                <ProblemsTable problems={outcome.read.skippedRows.flatMap((r) => r.problems)} label="跳过的行" />
              </>
            )}
            {outcome.read.createdUnits.length > 0 && (
              <Alert type="info" title={`将新建单位：${outcome.read.createdUnits.join('、')}`} />
            )}
            {outcome.read.unresolvedAdoptions.length > 0 && (
              <Alert
                type="warning"
                title={`${outcome.read.unresolvedAdoptions.length} 条采用记录没有编号，按标题也找不到唯一对应的稿件，不会导入`}
                description={outcome.read.unresolvedAdoptions
                  .map((a) => `工作表“${a.sheet}”第${a.row}行：${a.title}`)
                  .join('；')}
              />
            )}
            <Button type="primary" onClick={() => confirm(outcome.read)}>
              确认导入
            </Button>
          </>
        )}
        {stage.kind === 'importing' && <Progress percent={stage.percent} status="active" aria-label="导入进度" />}
        {stage.kind === 'done' && (
          <Alert
            type="success"
            title="导入完成"
            description={`已写入 ${stage.summary.units} 个单位、${stage.summary.items - stage.summary.kept} 条稿件${stage.summary.kept > 0 ? `（${stage.summary.kept} 条已签发或已报送的稿件保留原内容，如需修改请先撤回签发）` : ''}；新增报送 ${stage.summary.added.routes} 条、采用 ${stage.summary.added.adoptions} 条、批示 ${stage.summary.added.instructions} 条、扣分 ${stage.summary.added.penalties} 条（已存在而跳过 ${Object.values(stage.summary.skipped).reduce((a, b) => a + b, 0)} 条）。`}
          />
        )}
      </Space>
    </Card>
  );
}
