import { App as AntApp, Button, Card, Empty, Input, List, Popconfirm, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useRepositories } from '../../data/RepositoriesContext.tsx';

const timeFormat = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'short' });

/** 工作便签: short notes kept in the browser, saved at once and kept across reloads. */
export function NotesPage() {
  const { notes } = useRepositories();
  const { message } = AntApp.useApp();
  const rows = useLiveQuery(() => notes.list(), [notes]);
  const [draft, setDraft] = useState('');

  async function save() {
    try {
      await notes.add(draft);
      setDraft('');
      message.success('便签已保存');
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title="新建便签">
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Input.TextArea
            aria-label="便签内容"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            autoSize={{ minRows: 3, maxRows: 8 }}
            placeholder="记下待办、约稿线索或领导交办事项"
          />
          <Button type="primary" onClick={save} disabled={draft.trim() === ''}>
            保存便签
          </Button>
        </Space>
      </Card>
      <Card title="我的便签">
        {rows === undefined ? null : rows.length === 0 ? (
          <Empty description="还没有便签" />
        ) : (
          <List
            aria-label="便签列表"
            dataSource={rows}
            renderItem={(note) => (
              <List.Item
                actions={[
                  <Popconfirm key="remove" title="删除这条便签？" onConfirm={() => notes.remove(note.id)}>
                    <Button type="link" danger>
                      删除
                    </Button>
                  </Popconfirm>,
                ]}
              >
                <List.Item.Meta
                  title={<Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{note.text}</Typography.Text>}
                  description={timeFormat.format(new Date(note.createdAt))}
                />
              </List.Item>
            )}
          />
        )}
      </Card>
    </Space>
  );
}
