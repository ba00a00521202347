import { Form, Input } from 'antd';
import { FormModal } from './FormModal.tsx';

/** Props shared by the workflow modals. */
export interface StepModalProps<V> {
  readonly open: boolean;
  readonly onSubmit: (values: V) => Promise<boolean>;
  readonly onCancel: () => void;
}

/** 退改: the section chief returns the item with comments (required). */
export function ReturnModal(props: StepModalProps<{ comment: string }>) {
  return (
    <FormModal<{ comment: string }> {...props} title="退回修改" okText="退改">
      <Form.Item
        label="修改意见"
        name="comment"
        rules={[{ required: true, whitespace: true, message: '请填写修改意见' }]}
      >
        <Input.TextArea aria-label="修改意见" autoSize={{ minRows: 3 }} placeholder="如：标题数据不具体，请补充" />
      </Form.Item>
    </FormModal>
  );
}

/** 签发: a named leader signs the item off. */
export function SignModal(props: StepModalProps<{ signer: string }> & { readonly signer?: string | undefined }) {
  const { signer, ...rest } = props;
  return (
    <FormModal<{ signer: string }> {...rest} title="签发" okText="签发" initialValues={signer ? { signer } : {}}>
      <Form.Item label="签发人" name="signer" rules={[{ required: true, whitespace: true, message: '请填写签发人' }]}>
        <Input aria-label="签发领导" placeholder="签发领导姓名" />
      </Form.Item>
    </FormModal>
  );
}
