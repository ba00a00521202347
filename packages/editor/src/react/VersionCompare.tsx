import { useMemo, useState } from 'react';
import { diffText } from '../serialize/diffText.ts';
import { briefingToText } from '../serialize/headless.ts';
import type { SavedBriefing } from '../serialize/SavedBriefing.ts';

/** A saved version of an item, as the workbench keeps them. */
export interface BriefingVersion {
  readonly id: string;
  /** How the version is shown, e.g. 初稿, 退改后. */
  readonly label: string;
  /** ISO 8601 time it was saved. */
  readonly savedAt?: string;
  readonly state: SavedBriefing;
}

/** Props of {@link VersionCompare}. */
export interface VersionCompareProps {
  readonly versions: readonly BriefingVersion[];
  /** The draft as it is now, offered as 当前稿. */
  readonly current: SavedBriefing | null;
}

const CURRENT = '__current__';

/** Lists saved versions and shows what changed between two of them (or a version and the current draft). */
export function VersionCompare({ versions, current }: VersionCompareProps) {
  const [from, setFrom] = useState(versions.at(-1)?.id ?? '');
  const [to, setTo] = useState(CURRENT);
  const stateOf = (id: string) => (id === CURRENT ? current : (versions.find((v) => v.id === id)?.state ?? null));
  const before = stateOf(from);
  const after = stateOf(to);
  const spans = useMemo(
    () => (before && after ? diffText(briefingToText(before), briefingToText(after)) : []),
    [before, after],
  );
  if (versions.length === 0) return null;
  const count = (kind: 'insert' | 'delete') =>
    spans.filter((s) => s.kind === kind).reduce((n, s) => n + Array.from(s.text).length, 0);
  const options = [
    ...versions.map((v) => (
      <option key={v.id} value={v.id}>
        {v.label}
        {v.savedAt ? `（${v.savedAt.slice(0, 16).replace('T', ' ')}）` : ''}
      </option>
    )),
    <option key={CURRENT} value={CURRENT}>
      当前稿
    </option>,
  ];
  return (
    <section className="caibian-panel caibian-versions" aria-label="版本比较">
      <h3>版本比较</h3>
      <label>
        旧版本{' '}
        <select value={from} onChange={(event) => setFrom(event.target.value)}>
          {options}
        </select>
      </label>{' '}
      <label>
        新版本{' '}
        <select value={to} onChange={(event) => setTo(event.target.value)}>
          {options}
        </select>
      </label>
      <div>
        新增 {count('insert')} 字，删除 {count('delete')} 字
      </div>
      <div className="caibian-diff" data-testid="caibian-diff">
        {spans.map((span, i) =>
          span.kind === 'insert' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: spans are positional and rebuilt together
            <ins key={i}>{span.text}</ins>
          ) : span.kind === 'delete' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: spans are positional and rebuilt together
            <del key={i}>{span.text}</del>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: spans are positional and rebuilt together
            <span key={i}>{span.text}</span>
          ),
        )}
      </div>
    </section>
  );
}
