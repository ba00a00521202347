import { checkNorms } from '@caibian/core';
import {
  BriefingEditor,
  type BriefingEditorApi,
  type BriefingReport,
  briefingBodyText,
  type SavedBriefing,
} from '@caibian/editor';
import { Alert, App as AntApp, Button, Card, Col, Row, Space, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { type ItemAction, lockOf } from '../../data/itemRows.ts';
import type { TransitionInput } from '../../data/itemsRepository.ts';
import { useRepositories } from '../../data/RepositoriesContext.tsx';
import type { ItemRow } from '../../data/rows.ts';
import { itemHref, StatusTag } from '../items/ItemsPage.tsx';
import { itemSearchIndex, unitNamer, updateItemSearch } from '../items/itemSearch.ts';
import { newItemId } from '../items/newItemId.ts';
import { WorkflowPanel } from '../workflow/WorkflowPanel.tsx';
import { ConflictModal } from './ConflictModal.tsx';
import { briefingVersions, copyOfItem } from './editorSession.ts';
import { docxFileName, downloadBlob, itemDocx, secrecyWarning } from './exportItem.ts';
import { ItemMetaForm } from './ItemMetaForm.tsx';
import { buildItem, type ItemMeta } from './itemMeta.ts';
import type { LoadedEditor } from './loadEditor.ts';
import { MaterialDrawer } from './MaterialDrawer.tsx';
import { saveItem } from './saveItem.ts';
import { similarFinder } from './similarItems.ts';

const timeOf = (iso: string) => new Date(iso).toLocaleTimeString('zh-CN', { hour12: false });

/** The editor page once loaded: thin wiring of the editor, the metadata form and the workflow. */
export function EditorWorkspace({ loaded, onReload }: { loaded: LoadedEditor; onReload: () => void }) {
  const repositories = useRepositories();
  const { items, drafts, units, versions: versionsRepo } = repositories;
  const { message, modal } = AntApp.useApp();
  const { session } = loaded;
  const [row, setRow] = useState<ItemRow | undefined>(loaded.row);
  const [versions, setVersions] = useState(loaded.versions);
  const [unitList, setUnitList] = useState(loaded.units);
  const [metaKey, setMetaKey] = useState(0);
  const [meta, setMeta] = useState<ItemMeta>(session.meta);
  const [conflict, setConflict] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [autosavedAt, setAutosavedAt] = useState<string | null>(null);
  const baseRevision = useRef(session.baseRevision);
  const state = useRef<SavedBriefing | undefined>(session.initialState);
  const metaRef = useRef(meta);
  const dirty = useRef(session.restored);
  const names = useMemo(() => unitNamer(unitList), [unitList]);
  const lock = row ? lockOf(row) : null;
  const lockRef = useRef(lock);
  lockRef.current = lock;

  const content = () => {
    const current = state.current;
    return { title: current?.title ?? '', text: current ? briefingBodyText(current) : '' };
  };
  const currentItem = () => buildItem(session.itemId, metaRef.current, content(), row?.item ?? session.base);

  async function writeDraft(report?: BriefingReport) {
    if (lockRef.current) return;
    const editorState = state.current ? JSON.stringify(state.current) : undefined;
    if (editorState === undefined) return;
    const item = report ? buildItem(session.itemId, metaRef.current, report, row?.item ?? session.base) : currentItem();
    try {
      const saved = await drafts.put({ itemId: session.itemId, editorState, item, baseRevision: baseRevision.current });
      setAutosavedAt(saved.savedAt);
    } catch (error) {
      message.error(`自动保存失败：${error instanceof Error ? error.message : String(error)}`);
    }
  }

  function onEditorChange(report: BriefingReport) {
    if (lockRef.current) return;
    state.current = report.state;
    dirty.current = true;
    void writeDraft(report);
  }

  function onMetaChange(next: ItemMeta) {
    if (lockRef.current) return;
    metaRef.current = next;
    setMeta(next);
    dirty.current = true;
    void writeDraft();
  }

  /**
   * Saves the content, with a workflow step in the same transaction when `step` is given; returns the
   * saved row, or null when nothing was saved (told to the user).
   */
  async function save(note = '保存', step?: { action: ItemAction; input: TransitionInput }): Promise<ItemRow | null> {
    setSaving(true);
    try {
      const outcome = await saveItem({ items, units }, currentItem(), {
        baseRevision: baseRevision.current,
        ...(state.current ? { editorState: JSON.stringify(state.current) } : {}),
        knownUnits: unitList,
        note,
        ...(step ? { step } : {}),
      });
      if (outcome.kind === 'invalid' || outcome.kind === 'locked') {
        message.error(outcome.kind === 'locked' ? outcome.message : outcome.problems.join('；'));
        return null;
      }
      if (outcome.kind === 'conflict') {
        setConflict(outcome.message);
        return null;
      }
      baseRevision.current = outcome.row.revision;
      dirty.current = false;
      setRow(outcome.row);
      const [nextUnits, nextVersions] = await Promise.all([units.list(), versionsRepo.list(session.itemId)]);
      setUnitList(nextUnits);
      setVersions(nextVersions);
      void updateItemSearch(outcome.row, nextUnits);
      if (!step) message.success(`已保存（第${outcome.row.revision}版）`);
      return outcome.row;
    } catch (error) {
      message.error(`保存失败：${error instanceof Error ? error.message : String(error)}`);
      return null;
    } finally {
      setSaving(false);
    }
  }

  async function keepCopy() {
    const id = newItemId(new Date());
    const outcome = await saveItem({ items, units }, copyOfItem(currentItem(), id), {
      baseRevision: 0,
      ...(state.current
        ? { editorState: JSON.stringify({ ...state.current, title: `${state.current.title}（副本）` }) }
        : {}),
      knownUnits: unitList,
      note: '冲突时保留的副本',
    });
    if (outcome.kind !== 'saved') {
      message.error(outcome.kind === 'invalid' ? outcome.problems.join('；') : outcome.message);
      return;
    }
    await drafts.clear(session.itemId);
    setConflict(null);
    message.success('已另存为新稿件');
    window.location.hash = itemHref(id);
  }

  async function reloadSaved() {
    await drafts.clear(session.itemId);
    setConflict(null);
    onReload();
  }

  function exportWord() {
    const { title, text } = content();
    const run = async () => {
      const briefing = state.current;
      if (!briefing) return;
      const blob = await itemDocx(briefing, metaRef.current.unitIds.map(names));
      downloadBlob(blob, docxFileName(title));
    };
    const warning = secrecyWarning(metaRef.current, title, text);
    if (!warning) return void run();
    modal.confirm({ title: '涉密提醒', content: warning, okText: '确认导出', cancelText: '取消', onOk: run });
  }

  const findSimilar = useMemo(
    () =>
      similarFinder(
        () => itemSearchIndex(repositories),
        session.itemId,
        () => metaRef.current.unitIds.map(names),
        loaded.today,
      ),
    [repositories, session.itemId, loaded.today, names],
  );
  const shownVersions = useMemo(() => briefingVersions(versions), [versions]);
  const editorApi = useRef<BriefingEditorApi>(null);
  const [materialsOpen, setMaterialsOpen] = useState(false);
  const status = row?.status ?? '草稿';

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            <span>{row ? '编辑稿件' : '新建信息'}</span>
            <StatusTag status={status} />
            <Typography.Text type="secondary">编号 {session.itemId}</Typography.Text>
          </Space>
        }
        extra={
          <Space>
            <Typography.Text type="secondary" aria-live="polite">
              {autosavedAt ? `已自动保存草稿 ${timeOf(autosavedAt)}` : ''}
            </Typography.Text>
            <Button href="#/items">返回列表</Button>
            <Button disabled={lock !== null} onClick={() => setMaterialsOpen(true)}>
              插入素材
            </Button>
            <Button onClick={exportWord}>导出 Word</Button>
            <Button type="primary" loading={saving} disabled={lock !== null} onClick={() => void save()}>
              保存
            </Button>
          </Space>
        }
      >
        {lock ? (
          <Alert
            type="warning"
            showIcon
            role="status"
            style={{ marginBottom: 12 }}
            title={lock.title}
            description={lock.detail}
          />
        ) : null}
        {session.restored && !lock ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={`已恢复未保存的草稿（自动保存于 ${session.draftSavedAt ? timeOf(session.draftSavedAt) : '上次编辑时'}），请检查后保存。`}
            description={
              session.staleDraft ? '该草稿基于较早的版本，其他窗口已保存过新版本；保存时将提示冲突。' : undefined
            }
          />
        ) : null}
        <Row gutter={24}>
          <Col xs={24} xl={15}>
            {/* A locked item reads as it was signed: its findings, comments and versions show, nothing edits it. */}
            <div data-locked={lock !== null || undefined}>
              <BriefingEditor
                {...(session.initialState ? { initialState: session.initialState } : {})}
                readOnly={lock !== null}
                apiRef={editorApi}
                onChange={onEditorChange}
                checkNorms={checkNorms}
                findSimilar={findSimilar}
                onOpenSimilar={(item) => {
                  window.location.hash = itemHref(item.id);
                }}
                review={status !== '草稿' || (session.initialState?.comments?.length ?? 0) > 0}
                reviewer={loaded.reviewer}
                versions={shownVersions}
              />
            </div>
          </Col>
          <Col xs={24} xl={9}>
            <ItemMetaForm
              key={metaKey}
              initial={meta}
              units={unitList}
              disabled={lock !== null}
              onChange={onMetaChange}
            />
          </Col>
        </Row>
      </Card>
      <WorkflowPanel
        row={row}
        ourUnit={loaded.ourUnit}
        reviewer={loaded.reviewer}
        today={loaded.today}
        runTransition={async (action, input) => {
          if (dirty.current && !lockRef.current) return save('保存', { action, input });
          const result = await items.transition(session.itemId, action, input);
          if (result.ok) return result.value;
          message.error(result.problems.map((p) => p.message).join('；'));
          return null;
        }}
        onChanged={(next) => {
          baseRevision.current = next.revision;
          setRow(next);
          if (next.item.signer !== metaRef.current.signer) {
            metaRef.current = { ...metaRef.current, signer: next.item.signer };
            setMeta(metaRef.current);
            setMetaKey((k) => k + 1);
          }
          void versionsRepo.list(session.itemId).then(setVersions);
        }}
      />
      <MaterialDrawer
        open={materialsOpen}
        onClose={() => setMaterialsOpen(false)}
        onInsert={(text) => editorApi.current?.insertText(text) ?? false}
      />
      <ConflictModal
        message={conflict}
        onReload={() => void reloadSaved()}
        onKeepCopy={() => void keepCopy()}
        onCancel={() => setConflict(null)}
      />
    </Space>
  );
}
