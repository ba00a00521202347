import type { UnitId } from '@caibian/core';
import { App as AntApp, Button, Card, Empty, List, Space, Steps, Typography } from 'antd';
import { useState } from 'react';
import type { ItemAction } from '../../data/itemRows.ts';
import type { TransitionInput } from '../../data/itemsRepository.ts';
import { useRepositories } from '../../data/RepositoriesContext.tsx';
import type { ItemRow } from '../../data/rows.ts';
import { useAsyncValue } from '../items/useAsyncValue.ts';
import { chosenScheme, itemScore, scoreYear } from './itemScore.ts';
import { type RecipientRow, RecipientsTable, recipientName, recipientRows } from './RecipientsTable.tsx';
import { AdoptionModal, InstructionModal } from './RecordModals.tsx';
import { recordAdoption, recordInstruction, setRouteStatus } from './recordOutcome.ts';
import { ScorePanel } from './ScorePanel.tsx';
import { SubmitModal } from './SubmitModal.tsx';
import { ReturnModal, SignModal, WithdrawModal } from './TransitionModals.tsx';
import { actionsFor, adoptionFor, instructionFor, routesFor, stepOf, WORKFLOW_STEPS } from './workflowSteps.ts';

/** Props of {@link WorkflowPanel}. */
export interface WorkflowPanelProps {
  /** The stored item; undefined until first saved. */
  readonly row: ItemRow | undefined;
  readonly ourUnit: string | undefined;
  readonly reviewer: string;
  readonly today: string;
  /**
   * Runs a step, saving pending edits with it in one transaction; resolves the moved row, or null when
   * nothing moved (the reason already shown). Default: the step alone, through the items repository.
   */
  readonly runTransition?: (action: ItemAction, input: TransitionInput) => Promise<ItemRow | null>;
  readonly onChanged: (row: ItemRow) => void;
}

type Open =
  | null
  | { readonly kind: '退改' | '签发' | '报送' | '撤回签发' }
  | { readonly kind: '采用' | '批示'; readonly recipient: RecipientRow };

/** The scored unit: our unit when the item is ours, else the item's first unit. */
function scoredUnit(row: ItemRow, ourUnit: string | undefined): UnitId | undefined {
  const mine = row.unitIds.find((u) => u === ourUnit);
  return mine ?? row.unitIds[0];
}

/** 草稿 → 审核 (退改 or 签发) → 报送 → 采用 and 批示 per recipient, with the points they earn. */
export function WorkflowPanel({ row, ourUnit, reviewer, today, runTransition, onChanged }: WorkflowPanelProps) {
  const { items, records, settings, schemes } = useRepositories();
  const { message } = AntApp.useApp();
  const [open, setOpen] = useState<Open>(null);
  const [generation, setGeneration] = useState(0);
  const stored = useAsyncValue(async () => {
    if (!row) return null;
    const [own, set, scheme] = await Promise.all([
      records.forItem(row.id),
      records.loadRecordSet(),
      chosenScheme(settings, schemes),
    ]);
    const unit = scoredUnit(row, ourUnit);
    const year = scoreYear(
      [...own.routes, ...own.adoptions, ...own.instructions].map((s) => s.record),
      row.date,
      today,
    );
    return {
      recipients: recipientRows(row.id, own),
      score: unit ? itemScore(set, scheme, row.id, unit, year) : null,
    };
  }, [row?.id, row?.revision, generation, ourUnit, today]);

  if (!row) {
    return (
      <Card title="流转">
        <Empty description="稿件保存后即可送审" />
      </Card>
    );
  }
  const current: ItemRow = row;
  const close = () => setOpen(null);
  const problemText = (problems: readonly { message: string }[]) => problems.map((p) => p.message).join('；');

  async function stepAlone(action: ItemAction, input: TransitionInput): Promise<ItemRow | null> {
    const result = await items.transition(current.id, action, input);
    if (result.ok) return result.value;
    message.error(problemText(result.problems));
    return null;
  }

  async function transition(action: ItemAction, input: Omit<TransitionInput, 'at'> = {}): Promise<boolean> {
    const full: TransitionInput = { at: new Date().toISOString(), by: reviewer, ...input };
    const moved = await (runTransition ?? stepAlone)(action, full);
    if (!moved) return false;
    onChanged(moved);
    setGeneration((g) => g + 1);
    message.success(`已${action}`);
    close();
    return true;
  }

  async function written(result: Promise<{ ok: boolean; problems?: readonly { message: string }[] }>, done: string) {
    const r = await result;
    if (!r.ok) {
      message.error(problemText(r.problems ?? []));
      return false;
    }
    setGeneration((g) => g + 1);
    message.success(done);
    close();
    return true;
  }

  const actions = actionsFor(current.status);
  const recipient = open && 'recipient' in open ? open.recipient : null;
  return (
    <Card title="流转" aria-label="流转">
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Steps
          size="small"
          current={stepOf(current.status)}
          items={WORKFLOW_STEPS.map((title) => ({ title }))}
          status={current.status === '退改' ? 'error' : undefined}
        />
        <Space wrap>
          {actions.includes('送审') ? (
            <Button type="primary" onClick={() => void transition('送审')}>
              送审
            </Button>
          ) : null}
          {actions.includes('退改') ? <Button onClick={() => setOpen({ kind: '退改' })}>退改</Button> : null}
          {actions.includes('签发') ? (
            <Button type="primary" onClick={() => setOpen({ kind: '签发' })}>
              签发
            </Button>
          ) : null}
          {actions.includes('报送') ? (
            <Button type="primary" onClick={() => setOpen({ kind: '报送' })}>
              {current.status === '已报送' ? '追加报送' : '报送'}
            </Button>
          ) : null}
          {actions.includes('撤回签发') ? (
            <Button danger onClick={() => setOpen({ kind: '撤回签发' })}>
              撤回签发
            </Button>
          ) : null}
          {current.item.signer && (current.status === '已签发' || current.status === '已报送') ? (
            <Typography.Text>签发人：{current.item.signer}</Typography.Text>
          ) : null}
        </Space>
        {current.comments.length > 0 ? (
          <List
            size="small"
            header="审核意见"
            dataSource={current.comments.slice()}
            renderItem={(c) => (
              <List.Item>
                <Typography.Text>
                  {c.at.slice(0, 16).replace('T', ' ')} {c.by ?? ''}：{c.text}
                </Typography.Text>
              </List.Item>
            )}
          />
        ) : null}
        <RecipientsTable
          rows={stored.value?.recipients ?? []}
          onAdopt={(r) => setOpen({ kind: '采用', recipient: r })}
          onInstruct={(r) => setOpen({ kind: '批示', recipient: r })}
          onNotAdopted={(r) => void written(setRouteStatus(records, r.route, '未采用'), '已标记为未采用')}
        />
        {stored.value?.score ? <ScorePanel score={stored.value.score} /> : null}
      </Space>
      <ReturnModal
        open={open?.kind === '退改'}
        onCancel={close}
        onSubmit={({ comment }) => transition('退改', { comment })}
      />
      <WithdrawModal
        open={open?.kind === '撤回签发'}
        onCancel={close}
        onSubmit={({ comment }) => transition('撤回签发', { comment })}
      />
      <SignModal
        open={open?.kind === '签发'}
        signer={current.item.signer}
        onCancel={close}
        onSubmit={({ signer }) => transition('签发', { signer })}
      />
      <SubmitModal
        open={open?.kind === '报送'}
        today={today}
        onCancel={close}
        onSubmit={({ recipients, date }) => transition('报送', { routes: routesFor(current.id, recipients, date) })}
      />
      <AdoptionModal
        open={open?.kind === '采用'}
        today={today}
        recipient={recipient ? recipientName(recipient.tracking) : ''}
        level={recipient?.tracking.level ?? '市'}
        onCancel={close}
        onSubmit={async (values) => {
          const adoption = recipient ? adoptionFor(current.id, recipient.tracking.level, values) : null;
          if (!recipient || !adoption) return false;
          return written(recordAdoption(records, recipient.route, adoption), '已记录采用，得分已更新');
        }}
      />
      <InstructionModal
        open={open?.kind === '批示'}
        today={today}
        recipient={recipient ? recipientName(recipient.tracking) : ''}
        rank={recipient?.tracking.level ?? '市'}
        publication={recipient?.tracking.adoptions[0]?.publication}
        onCancel={close}
        onSubmit={async (values) => {
          const instruction = instructionFor(current.id, values);
          if (!instruction) return false;
          return written(recordInstruction(records, instruction), '已记录批示，得分已更新');
        }}
      />
    </Card>
  );
}
