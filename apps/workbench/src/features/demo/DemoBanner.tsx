import { Alert, Button, Popconfirm, Progress, Space, Tag } from 'antd';
import { useDemoActions } from './useDemoActions.ts';

/**
 * The demo's line in the shell: a clear 演示数据 banner with a one-click removal while demo data is loaded,
 * and on a first run (an empty database) an offer to load it.
 */
export function DemoBanner() {
  const { available, state, busy, load, remove, decline } = useDemoActions();
  if (!available) return null;
  if (busy) {
    return (
      <Alert
        type="info"
        title={busy.label}
        description={<Progress percent={busy.percent} size="small" aria-label="演示数据进度" />}
        style={{ marginBottom: 16 }}
      />
    );
  }
  if (state === 'loaded') {
    return (
      <Alert
        type="warning"
        role="status"
        aria-label="演示数据提示"
        style={{ marginBottom: 16 }}
        title={
          <Space wrap>
            <Tag color="orange">演示数据</Tag>
            <span>当前载入的是虚构的“青岚县”演示数据（单位、稿件、采用、批示等均为虚构），仅供熟悉功能。</span>
          </Space>
        }
        action={
          <Popconfirm
            title="删除全部演示数据？"
            description="只删除演示数据，您自己录入或导入的内容不受影响。"
            okText="删除"
            cancelText="取消"
            onConfirm={remove}
          >
            <Button size="small" danger>
              删除演示数据
            </Button>
          </Popconfirm>
        }
      />
    );
  }
  if (state === 'offer') {
    return (
      <Alert
        type="info"
        aria-label="演示数据提示"
        style={{ marginBottom: 16 }}
        title="欢迎使用采编台。数据库还是空的：可以先载入一个虚构县的演示数据，熟悉各项功能后一键删除。"
        action={
          <Space>
            <Button size="small" type="primary" onClick={load}>
              载入演示数据
            </Button>
            <Button size="small" onClick={decline}>
              不用了
            </Button>
          </Space>
        }
      />
    );
  }
  return null;
}
