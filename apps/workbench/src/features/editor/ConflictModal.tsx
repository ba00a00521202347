import { Button, Modal, Typography } from 'antd';

/** Props of {@link ConflictModal}. */
export interface ConflictModalProps {
  /** The repository's message (which revision is stored), or null when closed. */
  readonly message: string | null;
  /** Drop this tab's changes and load what was saved elsewhere. */
  readonly onReload: () => void;
  /** Save this tab's text as a new item, leaving the other save untouched. */
  readonly onKeepCopy: () => void;
  readonly onCancel: () => void;
}

/** Shown when a save is refused because another tab or window saved the item first. */
export function ConflictModal({ message, onReload, onKeepCopy, onCancel }: ConflictModalProps) {
  return (
    <Modal
      open={message !== null}
      title="保存冲突：稿件已在其他窗口保存"
      onCancel={onCancel}
      footer={[
        <Button key="cancel" onClick={onCancel}>
          暂不处理
        </Button>,
        <Button key="copy" onClick={onKeepCopy}>
          保留副本
        </Button>,
        <Button key="reload" type="primary" danger onClick={onReload}>
          重新载入
        </Button>,
      ]}
    >
      <Typography.Paragraph>{message}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        “重新载入”将放弃本窗口未保存的修改，显示已保存的最新版本；“保留副本”将本窗口的内容另存为一篇新稿件，原稿件不受影响。
      </Typography.Paragraph>
    </Modal>
  );
}
