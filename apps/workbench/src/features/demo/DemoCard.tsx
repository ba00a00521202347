import { Button, Card, Popconfirm, Progress, Space, Tag, Typography } from 'antd';
import { useDemoActions } from './useDemoActions.ts';

/** 演示数据 on the settings page: load the fictional county's data, or remove it in one click. */
export function DemoCard() {
  const { available, state, busy, load, remove } = useDemoActions();
  if (!available) return null;
  return (
    <Card title="演示数据">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">
          演示数据是虚构的“青岚县”：12
          个单位、近两年的稿件及报送、采用、批示、扣分、约稿和紧急信息，按“县政府办公室信息工作目标考核评比办法”可直接计分排名。删除时只删除演示数据，不影响您自己的数据。
        </Typography.Paragraph>
        {busy && <Progress percent={busy.percent} aria-label="演示数据进度" />}
        {state === 'loaded' ? (
          <Space>
            <Tag color="orange">演示数据已载入</Tag>
            <Popconfirm title="删除全部演示数据？" okText="删除" cancelText="取消" onConfirm={remove}>
              <Button danger disabled={busy !== null}>
                删除演示数据
              </Button>
            </Popconfirm>
          </Space>
        ) : (
          <Button onClick={load} disabled={busy !== null || state === undefined}>
            载入演示数据
          </Button>
        )}
      </Space>
    </Card>
  );
}
