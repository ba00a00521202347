import { Tabs } from 'antd';
import { ExportPanel } from './ExportPanel.tsx';
import { NoticeImport } from './NoticeImport.tsx';
import { RecordsImport } from './RecordsImport.tsx';

/** 导入导出: the records workbook in and out, and upstream adoption notices in. */
export function ImportExportPage() {
  return (
    <Tabs
      items={[
        { key: 'records', label: '导入登记簿', children: <RecordsImport /> },
        { key: 'notice', label: '导入采用通报', children: <NoticeImport /> },
        { key: 'export', label: '导出', children: <ExportPanel /> },
      ]}
    />
  );
}
