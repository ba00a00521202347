import type { MaterialKind, MaterialRow } from '../../data/rows.ts';

/** The four libraries of the office's 素材库 (数据库、言论库、焦点库、资料库); a material's kind is its library. */
export const MATERIAL_LIBRARIES = [
  { key: '数据', name: '数据库' },
  { key: '言论', name: '言论库' },
  { key: '焦点', name: '焦点库' },
  { key: '资料', name: '资料库' },
] as const satisfies readonly { key: MaterialKind; name: string }[];

/** A library of the 素材库: 数据, 言论, 焦点 or 资料. */
export type MaterialLibrary = MaterialKind;

/** What a material needs to be shown or inserted. */
export type MaterialLike = Pick<MaterialRow, 'kind' | 'text' | 'tags'> & { source?: string | undefined };

/** The library a stored material belongs to. */
export function libraryOf(material: MaterialLike): MaterialLibrary {
  return material.kind;
}

/** The tags a user sees. */
export function visibleTags(material: MaterialLike): string[] {
  return [...material.tags];
}

/** What the material form collects. */
export interface MaterialInput {
  library: MaterialLibrary;
  text: string;
  source?: string | undefined;
  tags?: readonly string[] | undefined;
}

/**
 * The stored fields of a material from the form: its library as kind, trimmed text and source, distinct
 * non-blank tags.
 */
export function materialFields(input: MaterialInput): Pick<MaterialRow, 'kind' | 'text' | 'tags'> & {
  source?: string;
} {
  const tags = [...new Set((input.tags ?? []).map((t) => t.trim()).filter((t) => t !== ''))];
  const source = input.source?.trim();
  return { kind: input.library, text: input.text.trim(), tags, ...(source ? { source } : {}) };
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
 * materialText({ kind: '言论', text: '要把群众的小事当作自己的大事', source: '县委书记张某', tags: [] });
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
