/** How upper offices rewrite a submitted title in their adoption notice: several styles, none dominant. */
import { deriveUnitAliases } from '../../src/search/unitAliases.ts';
import { type GenItem, pick } from './generateItems.ts';
import { SYNONYMS } from './vocabulary.ts';

/** The short name an upper office writes for a place: 宣汉县 → 宣汉 (渠县 stays 渠县). */
export function abbreviate(place: string): string {
  const aliases = deriveUnitAliases(place);
  return aliases[aliases.length - 1] ?? place;
}

function reword(r: () => number, text: string, swaps: number): string {
  let out = text;
  const order = [...SYNONYMS].sort(() => r() - 0.5);
  let done = 0;
  for (const [a, b] of order) {
    if (done >= swaps) break;
    if (out.includes(a)) {
      out = out.replace(a, b);
      done++;
    }
  }
  return out;
}

function bodyClause(r: () => number, item: GenItem): string {
  const parts = item.body
    .split(/[。；]/)
    .map((s) => s.replace(/^(今年以来|一是|二是|三是|四是|五是|同时|截至目前)，?/, ''))
    .filter((s) => /\d/.test(s) && s.length >= 8 && s.length <= 40 && !s.includes('（'));
  const clause = parts.length > 0 ? pick(r, parts) : item.data;
  return clause.split('，').filter((s) => /\d/.test(s))[0] ?? clause;
}

/** The rewrite styles, named for the report. */
export const REWRITE_STYLES = [
  'drop-unit',
  'abbreviate',
  'data-first',
  'reword',
  'shorten',
  'restructure',
  'body-fact',
] as const;
/** A rewrite style. */
export type RewriteStyle = (typeof REWRITE_STYLES)[number];

/** Rewrites an item's title in one style. */
export function rewriteTitle(r: () => number, item: GenItem, style: RewriteStyle): string {
  const place = item.unit.place;
  const abbr = r() < 0.7 ? abbreviate(place) : place;
  const rest = item.title.startsWith(item.unit.titlePrefix)
    ? item.title.slice(item.unit.titlePrefix.length)
    : item.title;
  const topic = item.topic.phrase;
  switch (style) {
    case 'drop-unit':
      return rest.replace(/^以/, '').replace(/\s+/, '，');
    case 'abbreviate':
      return `${abbr}${rest.replace(/^\s+/, '')}`.replace(/\s+/, ' ');
    case 'data-first':
      return r() < 0.5 ? `${abbr}${item.data}` : `${abbr}${topic}${r() < 0.5 ? '见成效' : '取得新进展'} ${item.data}`;
    case 'reword':
      return `${r() < 0.5 ? abbr : ''}${reword(r, rest, 1 + Math.floor(r() * 2))}`.replace(/\s+/, '，');
    case 'shorten':
      return `${r() < 0.6 ? abbr : ''}${reword(r, item.verb, r() < 0.5 ? 1 : 0)}${topic}`;
    case 'restructure': {
      if (!item.title.includes(item.measure)) return `${topic}：${abbr}${item.verb}${topic.slice(-2)}见实效`;
      return r() < 0.5
        ? `${topic}：${abbr}${item.measure.replace(/^以/, '')}见实效`
        : `${abbr}：${item.measure.replace(/^以/, '')}推动${topic}${pick(r, ['提质增效', '走深走实', '见行见效'])}`;
    }
    case 'body-fact':
      return `${r() < 0.7 ? abbr : ''}${bodyClause(r, item)}`;
  }
}
