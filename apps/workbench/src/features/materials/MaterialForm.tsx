import { Form, Input, Modal, Select } from 'antd';
import { MATERIAL_LIBRARIES, type MaterialInput } from './materialText.ts';

const HINTS: Record<MaterialInput['library'], string> = {
  数据: '如：一季度全县地区生产总值增长6.2%',
  言论: '如：要把群众的小事当作自己的大事',
  焦点: '如：优化营商环境、企业反映审批时限长',
  资料: '如：《关于进一步优化营商环境的若干措施》要点',
};

/** The add/edit dialog of a material: library, text, source and tags. Resolves `true` when saved. */
export function MaterialForm({
  title,
  initial,
  tagOptions,
  onSubmit,
  onClose,
}: {
  title: string;
  initial: MaterialInput;
  tagOptions: readonly string[];
  onSubmit: (input: MaterialInput) => Promise<boolean>;
  onClose: () => void;
}) {
  const [form] = Form.useForm<MaterialInput>();
  const library = (Form.useWatch('library', form) ?? initial.library) as MaterialInput['library'];

  async function ok() {
    const values = await form.validateFields();
    if (await onSubmit(values)) onClose();
  }

  return (
    <Modal open title={title} okText="保存素材" cancelText="取消" onOk={ok} onCancel={onClose} destroyOnHidden>
      <Form<MaterialInput> form={form} layout="vertical" initialValues={initial} aria-label="素材表单">
        <Form.Item label="所属库" name="library">
          <Select options={MATERIAL_LIBRARIES.map((l) => ({ value: l.key, label: l.name }))} />
        </Form.Item>
        <Form.Item
          label="素材内容"
          name="text"
          rules={[{ required: true, whitespace: true, message: '素材内容不能为空' }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} placeholder={HINTS[library]} />
        </Form.Item>
        <Form.Item label={library === '言论' ? '讲话人（出处）' : '来源'} name="source">
          <Input placeholder={library === '言论' ? '如：县委书记张某在全县经济工作会议上' : '如：县统计局'} />
        </Form.Item>
        <Form.Item label="标签" name="tags">
          <Select
            mode="tags"
            aria-label="标签"
            placeholder="输入后回车，可多个"
            options={tagOptions.map((t) => ({ value: t, label: t }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
