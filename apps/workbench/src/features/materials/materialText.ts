import type { MaterialKind, MaterialRow } from '../../data/rows.ts';

/**
 * The four libraries of the office's 素材库 (数据库、言论库、焦点库、资料库) and how each is stored. The storage
 * schema has three kinds (数据, 引语, 关注点); 资料 entries are stored as 关注点 carrying the marker tag
 * {@link REFERENCE_TAG} until the schema gains a kind of its own.
 */
export const MATERIAL_LIBRARIES = [
  { key: '数据', name: '数据库', kind: '数据' },
  { key: '言论', name: '言论库', kind: '引语' },
  { key: '焦点', name: '焦点库', kind: '关注点' },
  { key: '资料', name: '资料库', kind: '关注点' },
] as const satisfies readonly { key: string; name: string; kind: MaterialKind }[];

/** A library of the 素材库: 数据, 言论, 焦点 or 资料. */
export type MaterialLibrary = (typeof MATERIAL_LIBRARIES)[number]['key'];

/** The tag that marks a stored 关注点 as reference material (资料); hidden from the tags shown. */
export const REFERENCE_TAG = '资料库';

/** What a material needs to be shown or inserted. */
export type MaterialLike = Pick<MaterialRow, 'kind' | 'text' | 'tags'> & { source?: string | undefined };

/** The library a stored material belongs to. */
export function libraryOf(material: MaterialLike): MaterialLibrary {
  if (material.kind === '关注点' && material.tags.includes(REFERENCE_TAG)) return '资料';
  return MATERIAL_LIBRARIES.find((l) => l.kind === material.kind)?.key ?? '焦点';
}

/** The tags a user sees (without the library marker). */
export function visibleTags(material: MaterialLike): string[] {
  return material.tags.filter((t) => t !== REFERENCE_TAG);
}

/** What the material form collects. */
export interface MaterialInput {
  library: MaterialLibrary;
  text: string;
  source?: string | undefined;
  tags?: readonly string[] | undefined;
}

/**
 * The stored fields of a material from the form: the kind of its library, trimmed text and source, distinct
 * non-blank tags, and the 资料 marker when it belongs to the 资料库.
 */
export function materialFields(input: MaterialInput): Pick<MaterialRow, 'kind' | 'text' | 'tags'> & {
  source?: string;
} {
  const library = MATERIAL_LIBRARIES.find((l) => l.key === input.library) ?? MATERIAL_LIBRARIES[0];
  const tags = [...new Set((input.tags ?? []).map((t) => t.trim()).filter((t) => t !== '' && t !== REFERENCE_TAG))];
  if (input.library === '资料') tags.push(REFERENCE_TAG);
  const source = input.source?.trim();
  return { kind: library.kind, text: input.text.trim(), tags, ...(source ? { source } : {}) };
}

const QUOTED = /^[“"「『].*[”"」』]$/s;

/**
 * The text a material inserts into an item (the editor's 插入素材 and the copy button): a data point with its
 * source in brackets, a quote in Chinese quotation marks introduced by its speaker, a focus topic or a reference
 * with its source in brackets.
 *
 * @example
 * materialText({ kind: '数据', text: '一季度地区生产总值增长6.2%', source: '县统计局', tags: [] });
 * // '一季度地区生产总值增长6.2%（来源：县统计局）'
 * materialText({ kind: '引语', text: '要把群众的小事当作自己的大事', source: '县委书记张某', tags: [] });
 * // '县委书记张某指出：“要把群众的小事当作自己的大事”'
 */
export function materialText(material: MaterialLike): string {
  const text = material.text.trim();
  const source = material.source?.trim();
  switch (libraryOf(material)) {
    case '数据':
      return source ? `${text}（来源：${source}）` : text;
    case '言论': {
      const quoted = QUOTED.test(text) ? text : `“${text}”`;
      return source ? `${source}指出：${quoted}` : quoted;
    }
    default:
      return source ? `${text}（${source}）` : text;
  }
}
