import { Form, Input } from 'antd';
import { FormModal } from './FormModal.tsx';

/** Props shared by the workflow modals. */
export interface StepModalProps<V> {
  readonly open: boolean;
  readonly onSubmit: (values: V) => Promise<boolean>;
  readonly onCancel: () => void;
}

/** What a step asking for a required comment (退改, 撤回签发) shows. */
interface CommentStep {
  readonly title: string;
  readonly okText: string;
  readonly label: string;
  readonly required: string;
  readonly placeholder: string;
  readonly extra?: string;
}

/** A step that needs a comment (required): the modal of {@link ReturnModal} and {@link WithdrawModal}. */
function CommentModal({ step, ...props }: StepModalProps<{ comment: string }> & { readonly step: CommentStep }) {
  return (
    <FormModal<{ comment: string }> {...props} title={step.title} okText={step.okText}>
      <Form.Item
        label={step.label}
        name="comment"
        {...(step.extra ? { extra: step.extra } : {})}
        rules={[{ required: true, whitespace: true, message: step.required }]}
      >
        <Input.TextArea aria-label={step.label} autoSize={{ minRows: 3 }} placeholder={step.placeholder} />
      </Form.Item>
    </FormModal>
  );
}

const RETURN: CommentStep = {
  title: '退回修改',
  okText: '退改',
  label: '修改意见',
  required: '请填写修改意见',
  placeholder: '如：标题数据不具体，请补充',
};

const WITHDRAW: CommentStep = {
  title: '撤回签发，退回修改',
  okText: '撤回签发',
  label: '撤回原因',
  required: '请填写撤回原因',
  placeholder: '如：第二段数据有误，需更正',
  extra: '撤回后稿件回到“退改”状态，可重新修改、送审和签发；撤回记录保存在审核意见和版本历史中。',
};

/** 退改: the section chief returns the item with comments (required). */
export function ReturnModal(props: StepModalProps<{ comment: string }>) {
  return <CommentModal {...props} step={RETURN} />;
}

/** 撤回签发: the section chief takes a sign-off back before 报送, with the reason (required), to correct it. */
export function WithdrawModal(props: StepModalProps<{ comment: string }>) {
  return <CommentModal {...props} step={WITHDRAW} />;
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
