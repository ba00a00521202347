import { writeWorkbookXlsx } from '@caibian/core/io';
import { App as AntApp, Button, Card, Checkbox, Space, Typography } from 'antd';
import { useState } from 'react';
import { useRepositories } from '../../data/RepositoriesContext.tsx';
import { compactDate, downloadFile } from '../settings/download.ts';
import { csvFiles, exportSheets, selectForExport } from './exportWorkbook.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 导出登记簿: the records workbook as .xlsx, or one CSV per sheet; formula injection neutralised. */
export function ExportPanel() {
  const { records } = useRepositories();
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState(false);
  const [includeClassified, setIncludeClassified] = useState(false);

  async function prepare() {
    const selection = selectForExport(await records.loadRecordSet(), includeClassified);
    if (selection.classified > 0) message.info(`已略去 ${selection.classified} 条涉密稿件及其记录`);
    return exportSheets(selection.records);
  }

  async function run(work: () => Promise<void>) {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      message.error(`导出失败：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  const xlsx = () =>
    run(async () => {
      const bytes = await writeWorkbookXlsx(await prepare());
      downloadFile(new Blob([bytes as BlobPart], { type: XLSX_TYPE }), `采编台登记簿-${compactDate(new Date())}.xlsx`);
    });
  const csv = (sheetName: string) =>
    run(async () => {
      const file = csvFiles(await prepare()).find((f) => f.name === `${sheetName}.csv`);
      if (file) downloadFile(new Blob([file.text], { type: 'text/csv;charset=utf-8' }), file.name);
    });

  return (
    <Card title="导出登记簿">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">
          导出全部单位、报送、采用、批示和扣分记录，格式与导入相同，可在 Excel 或 WPS 中打开，也可交给其他系统。以 = + -
          @ 开头的内容会按文本保存，不会被表格软件当作公式执行。
        </Typography.Paragraph>
        <Checkbox checked={includeClassified} onChange={(e) => setIncludeClassified(e.target.checked)}>
          包含涉密稿件（秘密、机密、绝密；不建议，导出文件不得通过非涉密渠道传递）
        </Checkbox>
        <Space wrap>
          <Button type="primary" onClick={xlsx} loading={busy}>
            导出 Excel（.xlsx）
          </Button>
          {['单位', '报送', '采用', '批示', '扣分'].map((name) => (
            <Button key={name} onClick={() => csv(name)} disabled={busy}>
              {name}.csv
            </Button>
          ))}
        </Space>
      </Space>
    </Card>
  );
}
