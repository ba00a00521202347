import { ISSUE_RECIPIENT_KINDS, ISSUE_SECRECY, type IssueLayout } from './rows.ts';

/** Settings key of the layout fields last used (editing unit, recipients, copies), offered for a new issue. */
export const BULLETIN_DEFAULTS_SETTING = 'bulletins.defaults';

/**
 * Settings key prefix under which schema version 2 kept one issue's layout fields (`bulletins.issue.通讯/2024/1`).
 * Only the upgrade to version 3 reads it: the layout is now part of the issue's row.
 */
export const LEGACY_ISSUE_LAYOUT_PREFIX = 'bulletins.issue.';

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((entry) => typeof entry === 'string');

/**
 * The well-formed layout fields of `value` (anything read from storage): fields of the wrong type are left out,
 * so that what is merged from them is a valid {@link IssueLayout}.
 */
export function layoutFields(value: unknown): Partial<Omit<IssueLayout, 'to'>> & { to?: Partial<IssueLayout['to']> } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const v = value as Record<string, unknown>;
  const out: Partial<Omit<IssueLayout, 'to'>> & { to?: Partial<IssueLayout['to']> } = {};
  if (typeof v.editor === 'string') out.editor = v.editor;
  if (typeof v.date === 'string' && v.date !== '') out.date = v.date;
  if (typeof v.secrecy === 'string' && (ISSUE_SECRECY as readonly string[]).includes(v.secrecy))
    out.secrecy = v.secrecy as IssueLayout['secrecy'];
  if (typeof v.copies === 'number' && Number.isFinite(v.copies) && v.copies >= 1) out.copies = Math.floor(v.copies);
  if (typeof v.to === 'object' && v.to !== null && !Array.isArray(v.to)) {
    const to: Partial<IssueLayout['to']> = {};
    for (const kind of ISSUE_RECIPIENT_KINDS) {
      const names = (v.to as Record<string, unknown>)[kind];
      if (isStringArray(names)) to[kind] = names;
    }
    out.to = to;
  }
  return out;
}

/**
 * The layout of an issue: what was stored for it, else the defaults last used (editing unit, recipients,
 * copies), dated `today`; 30 copies and no 密级 when neither says. Malformed fields are ignored.
 *
 * @example
 * issueLayout(row.layout, await settings.get(BULLETIN_DEFAULTS_SETTING, null), '2024-03-05');
 */
export function issueLayout(stored: unknown, defaults: unknown, today: string): IssueLayout {
  const base: IssueLayout = { editor: '', date: today, secrecy: '无', to: { 报: [], 送: [], 发: [] }, copies: 30 };
  const d = layoutFields(defaults);
  const s = layoutFields(stored);
  return {
    ...base,
    ...(d.editor ? { editor: d.editor } : {}),
    ...(d.copies ? { copies: d.copies } : {}),
    ...s,
    to: { ...base.to, ...d.to, ...s.to },
  };
}
