import { formatProblem, type Problem } from '@caibian/core';
import { Alert, App as AntApp, Button, Card, List, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useRepositories } from '../../data/RepositoriesContext.tsx';
import { backupFileName, downloadFile } from './download.ts';
import { reportStorageError } from './storageAlerts.ts';

/** 备份与恢复: download the whole database as one file; restore one, all or nothing, after a confirmation. */
export function BackupCard() {
  const { backup } = useRepositories();
  const { message, modal } = AntApp.useApp();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<readonly Problem[]>([]);

  async function download() {
    setBusy(true);
    try {
      const blob = await backup.export();
      downloadFile(blob, backupFileName(new Date()));
      message.success('备份文件已生成，请妥善保存');
    } catch (error) {
      message.error(`备份失败：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  async function restore(file: File) {
    setProblems([]);
    setBusy(true);
    try {
      const result = await backup.restore(file);
      if (!result.ok) {
        setProblems(result.problems);
        message.error('备份文件有问题，没有恢复任何数据');
        return;
      }
      const rows = Object.values(result.value).reduce((a, b) => a + b, 0);
      message.success(`已从备份恢复 ${rows} 行数据`);
    } catch (error) {
      reportStorageError(error);
      message.error(`恢复失败，当前数据保持不变：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  function confirmRestore(file: File) {
    modal.confirm({
      title: '用备份替换当前全部数据？',
      content: `将用“${file.name}”中的数据替换当前浏览器中的全部数据（稿件、单位、采用记录、设置等）。恢复要么全部成功，要么什么都不改。建议先下载一份当前数据的备份。`,
      okText: '恢复',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => restore(file),
    });
    return false;
  }

  return (
    <Card title="备份与恢复">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">
          全部数据都保存在本机浏览器中。请定期下载备份；换电脑、清理浏览器或重装系统前务必备份。
        </Typography.Paragraph>
        <Space wrap>
          <Button type="primary" onClick={download} loading={busy}>
            下载备份
          </Button>
          <Upload accept=".json,application/json" showUploadList={false} beforeUpload={confirmRestore} disabled={busy}>
            <Button disabled={busy}>从备份恢复…</Button>
          </Upload>
        </Space>
        {problems.length > 0 && (
          <Alert
            type="error"
            title={`备份文件有 ${problems.length} 处问题，没有恢复任何数据`}
            description={
              <List
                size="small"
                aria-label="备份问题"
                dataSource={problems.slice(0, 200).map(formatProblem)}
                renderItem={(line) => <List.Item>{line}</List.Item>}
              />
            }
          />
        )}
      </Space>
    </Card>
  );
}
