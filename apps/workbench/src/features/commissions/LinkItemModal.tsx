import '../../app/dayjsChinese.ts';
import type { IsoDate, ItemId, UnitId } from '@caibian/core';
import { DatePicker, Form, Modal, Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useRepositories } from '../../data/RepositoriesContext.tsx';

/** A date picked in antd's DatePicker (a Dayjs; only `format` is used, so dayjs need not be a dependency). */
interface PickedDate {
  format(template: string): string;
}

/**
 * Picks the item that answers a commission for one unit (the unit's items, newest first) and the date it was
 * submitted (default: the item's date, else today).
 */
export function LinkItemModal({
  unitId,
  unitName,
  today,
  onLink,
  onClose,
}: {
  unitId: UnitId;
  unitName: string;
  today: IsoDate;
  onLink: (itemId: ItemId, date: IsoDate) => Promise<void>;
  onClose: () => void;
}) {
  const { items } = useRepositories();
  const page = useLiveQuery(() => items.list({ unitId }, { offset: 0, limit: 200 }), [items, unitId]);
  const [itemId, setItemId] = useState<ItemId>();
  const [date, setDate] = useState<PickedDate | null>(null);
  const rows = page?.rows ?? [];

  async function ok() {
    const row = rows.find((r) => r.id === itemId);
    if (!row) return;
    const picked = date ? (date.format('YYYY-MM-DD') as IsoDate) : undefined;
    await onLink(row.id, picked ?? ((row.date || today) as IsoDate));
    onClose();
  }

  return (
    <Modal
      open
      title={`关联${unitName}报送的稿件`}
      okText="关联"
      cancelText="取消"
      okButtonProps={{ disabled: !itemId }}
      onOk={ok}
      onCancel={onClose}
    >
      <Form layout="vertical">
        <Form.Item label="稿件">
          <Select
            aria-label="选择稿件"
            showSearch
            optionFilterProp="label"
            placeholder={rows.length === 0 ? '该单位还没有稿件' : '输入标题筛选'}
            value={itemId}
            onChange={setItemId}
            options={rows.map((r) => ({ value: r.id, label: r.item.title }))}
          />
        </Form.Item>
        <Form.Item label="报送日期" extra="不选则取稿件的签发（或起草）日期，没有则取今天">
          <DatePicker value={date} onChange={setDate} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
