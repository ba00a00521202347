import '../../app/dayjsChinese.ts';
import type { Unit, UnitId } from '@caibian/core';
import { Button, DatePicker, Form, Input, Select } from 'antd';
import type { CommissionInput } from './commissionLogic.ts';

/** A date picked in antd's DatePicker (a Dayjs; only `format` is used, so dayjs need not be a dependency). */
interface PickedDate {
  format(template: string): string;
}

interface FormValues {
  topic?: string;
  unitIds?: UnitId[];
  issued?: PickedDate | null;
  due?: PickedDate | null;
}

const isoOf = (d: PickedDate | null | undefined) =>
  d ? (d.format('YYYY-MM-DD') as CommissionInput['due']) : undefined;

/** The 下发约稿 form: topic, units asked, issue and due dates. Calls `onSubmit`; resets when it resolves `true`. */
export function CommissionForm({
  units,
  onSubmit,
}: {
  units: readonly Unit[];
  onSubmit: (input: CommissionInput) => Promise<boolean>;
}) {
  const [form] = Form.useForm<FormValues>();
  async function finish(values: FormValues) {
    const due = isoOf(values.due);
    if (!due) return;
    const saved = await onSubmit({
      topic: values.topic ?? '',
      unitIds: values.unitIds ?? [],
      issued: isoOf(values.issued),
      due,
    });
    if (saved) form.resetFields();
  }
  return (
    <Form form={form} layout="vertical" onFinish={finish} aria-label="下发约稿">
      <Form.Item
        label="约稿主题"
        name="topic"
        rules={[{ required: true, whitespace: true, message: '请填写约稿主题' }]}
      >
        <Input placeholder="如：一季度稳增长工作经验" maxLength={100} />
      </Form.Item>
      <Form.Item label="约稿单位" name="unitIds" rules={[{ required: true, message: '请至少选择一个约稿单位' }]}>
        <Select
          mode="multiple"
          placeholder={units.length === 0 ? '还没有单位，请先在设置中添加单位' : '选择单位，可输入名称筛选'}
          optionFilterProp="label"
          options={units.map((u) => ({ value: u.id, label: u.name }))}
        />
      </Form.Item>
      <Form.Item label="下发日期" name="issued">
        <DatePicker placeholder="选择日期" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        label="截止日期"
        name="due"
        dependencies={['issued']}
        rules={[
          { required: true, message: '请选择截止日期' },
          ({ getFieldValue }) => ({
            validator(_, value: PickedDate | null) {
              const issued = isoOf(getFieldValue('issued') as PickedDate | null);
              const due = isoOf(value);
              return issued && due && due < issued
                ? Promise.reject(new Error('截止日期不能早于下发日期'))
                : Promise.resolve();
            },
          }),
        ]}
      >
        <DatePicker placeholder="选择日期" style={{ width: '100%' }} />
      </Form.Item>
      <Button type="primary" htmlType="submit">
        下发约稿
      </Button>
    </Form>
  );
}
