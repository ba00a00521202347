import { App as AntApp, Button, Input, Space, Tag } from 'antd';
import { useState } from 'react';
import { cleanBulletinName } from './bulletinLogic.ts';

/** The office's bulletins (刊物): the defaults 《通讯》《报阅》《督查专报》 and those the user adds or removes. */
export function BulletinNames({
  names,
  onChange,
}: {
  names: readonly string[];
  onChange: (names: string[]) => Promise<void>;
}) {
  const { message } = AntApp.useApp();
  const [typed, setTyped] = useState('');

  async function add() {
    const name = cleanBulletinName(typed, names);
    if (!name) {
      message.warning(typed.trim() ? '该刊物已在列表中' : '请输入刊物名称');
      return;
    }
    await onChange([...names, name]);
    setTyped('');
  }

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap size={[4, 8]}>
        {names.map((n) => (
          <Tag
            key={n}
            closable={names.length > 1}
            onClose={(e) => {
              e.preventDefault();
              void onChange(names.filter((x) => x !== n));
            }}
          >
            《{n}》
          </Tag>
        ))}
      </Space>
      <Space.Compact style={{ width: '100%' }}>
        <Input
          aria-label="新刊物名称"
          placeholder="如：每日要情"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          onPressEnter={add}
        />
        <Button onClick={add}>添加刊物</Button>
      </Space.Compact>
    </Space>
  );
}
