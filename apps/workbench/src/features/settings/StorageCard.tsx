import { App as AntApp, Button, Card, Descriptions, Progress, Space, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { StorageUsage } from '../../data/health.ts';
import { useRepositories } from '../../data/RepositoriesContext.tsx';
import { formatBytes } from './download.ts';

/** 存储: whether the browser keeps the data for good, and how much of the allowed space is used. */
export function StorageCard() {
  const { health } = useRepositories();
  const { message } = AntApp.useApp();
  const [usage, setUsage] = useState<StorageUsage | null | undefined>(undefined);
  const refresh = useCallback(async () => setUsage(await health.usage()), [health]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  async function persist() {
    const answer = await health.requestPersistence();
    if (answer === 'granted') message.success('浏览器已同意长期保存本站数据，存储紧张时也不会被清除');
    else if (answer === 'denied')
      message.warning('浏览器暂未同意长期保存。可将本页加入书签或常用后再试，并定期下载备份。');
    else message.warning('当前浏览器不支持申请长期保存，请定期下载备份');
    await refresh();
  }

  const percent = usage && usage.quota > 0 ? Math.min(100, (100 * usage.usage) / usage.quota) : 0;
  return (
    <Card title="存储">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label="长期保存">
            {usage === undefined ? (
              '正在查询…'
            ) : usage?.persisted ? (
              <Tag color="green">已开启</Tag>
            ) : (
              <Tag color="orange">未开启（存储紧张时浏览器可能清除数据）</Tag>
            )}
          </Descriptions.Item>
          <Descriptions.Item label="已用空间">
            {usage === undefined
              ? '正在查询…'
              : usage === null
                ? '当前浏览器无法提供用量'
                : `${formatBytes(usage.usage)} / 可用 ${formatBytes(usage.quota)}`}
          </Descriptions.Item>
        </Descriptions>
        {usage && <Progress percent={Number(percent.toFixed(1))} aria-label="存储用量" />}
        <Space>
          <Button onClick={persist} disabled={usage?.persisted === true}>
            申请长期保存
          </Button>
          <Button onClick={refresh}>刷新用量</Button>
        </Space>
      </Space>
    </Card>
  );
}
