import { LEVELS, ROUTE_KINDS } from '@caibian/core';
import { Button, Form, Input, Radio, Select, Space } from 'antd';
import { FormModal } from './FormModal.tsx';
import type { StepModalProps } from './TransitionModals.tsx';
import type { RecipientInput } from './workflowSteps.ts';

/** The 报送 form's values. */
export interface SubmitValues {
  readonly recipients: RecipientInput[];
  readonly date: string;
}

const DATE_RULES = [
  { required: true, message: '请选择日期' },
  { pattern: /^\d{4}-\d{2}-\d{2}$/, message: '日期格式应为 YYYY-MM-DD' },
];

/** Date rules for the workflow forms (native date inputs give `YYYY-MM-DD`). */
export { DATE_RULES };

/** 报送: to one or more offices, each at a level and by a route (直报 or 转报). */
export function SubmitModal(props: StepModalProps<SubmitValues> & { readonly today: string }) {
  const { today, ...rest } = props;
  return (
    <FormModal<SubmitValues>
      {...rest}
      title="报送"
      okText="报送"
      initialValues={{ date: today, recipients: [{ office: '市政府办公室', level: '市', kind: '直报' }] }}
    >
      <Form.Item label="报送日期" name="date" rules={DATE_RULES}>
        <Input type="date" aria-label="报送日期" />
      </Form.Item>
      <Form.List
        name="recipients"
        rules={[
          {
            validator: async (_, value: unknown[] | undefined) => {
              if (!value || value.length === 0) throw new Error('请至少添加一个报送对象');
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, index) => (
              <Space key={field.key} align="baseline" wrap>
                <Form.Item name={[field.name, 'office']} label={index === 0 ? '报送机关' : undefined}>
                  <Input aria-label={`报送机关${index + 1}`} placeholder="如：市政府办公室" style={{ width: 170 }} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'level']}
                  label={index === 0 ? '级别' : undefined}
                  rules={[{ required: true, message: '请选择级别' }]}
                >
                  <Select
                    aria-label={`报送级别${index + 1}`}
                    style={{ width: 90 }}
                    options={LEVELS.map((l) => ({ value: l, label: l }))}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'kind']} label={index === 0 ? '途径' : undefined}>
                  <Radio.Group
                    aria-label={`报送途径${index + 1}`}
                    options={ROUTE_KINDS.map((k) => ({ value: k, label: k }))}
                  />
                </Form.Item>
                {fields.length > 1 ? (
                  <Button type="link" danger onClick={() => remove(field.name)}>
                    删除
                  </Button>
                ) : null}
              </Space>
            ))}
            <Button type="dashed" onClick={() => add({ level: '省', kind: '转报', office: '省政府办公厅' })}>
              添加报送对象
            </Button>
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
    </FormModal>
  );
}
