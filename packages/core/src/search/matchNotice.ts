import type { IsoDate } from '../model/date.ts';
import type { ItemId } from '../model/ids.ts';
import type { SearchIndex } from './searchIndex.ts';
import { bigramIdf, GENERIC_PLACE, gramsOf, numberOverlap, weightedOverlap, withoutNames } from './similarity.ts';
import { significant } from './text.ts';
import type { QueryToken } from './tokens.ts';
import { buildUnitLexicon, findUnitMentions, type UnitLexicon } from './unitAliases.ts';

/** One row of an upstream adoption notice (采用通报). */
export interface NoticeRow {
  /** The title as the upper office printed it. */
  readonly title: string;
  /** Units named in the row's 单位 column, full or abbreviated. */
  readonly units?: readonly string[] | undefined;
  /** Adoption date: an item submitted after it cannot be the one adopted. */
  readonly date?: IsoDate | undefined;
}

/** Options of {@link matchNotice}. */
export interface NoticeMatchOptions {
  /** Confidence from which a single match is accepted without asking; default 0.72. */
  readonly acceptAt?: number;
  /** Candidates listed per row; default 5. */
  readonly candidates?: number;
}

/** A candidate item for a notice row. */
export interface NoticeCandidate {
  readonly id: ItemId;
  readonly title: string;
  /** Similarity in [0, 1]. */
  readonly score: number;
}

/** The outcome for one notice row (the `caibian match` JSON contract, without the row number). */
export interface NoticeMatch {
  readonly title: string;
  /** The best item when accepted, else `null`: the user chooses among the candidates. */
  readonly match: ItemId | null;
  /** Every accepted item; several when the row is a combined item (综合) covering several units. */
  readonly matches: readonly ItemId[];
  /** Confidence in [0, 1] that `match` (or, for a combined row, every one of `matches`) is right. */
  readonly confidence: number;
  readonly candidates: readonly NoticeCandidate[];
  /** Whether the row reads as a combined item (several units named, or 多地/各地…). */
  readonly combined: boolean;
}

/** Words of a combined item (综合): several places or departments at once. */
const COLLECTIVE =
  /多地|各地|等地|多个县|多家单位|部分县|部分地区|各县|各区|县区|县（市、区）|县市区|等县|等单位|多部门|各部门|等部门/;

/** A place name at the head of a title: 永春县, 惠安县, 巴南区. */
const PLACE_HEAD = /^[\u4e00-\u9fff]{1,4}?(?:自治县|县|区|市|旗)/;
/** Common nouns ending like places (城区, 社区, 园区…) and local words (我县, 全市). */
const COMMON_AREA =
  /^(?:[我全该本各][县区市]|.*(?:城区|社区|园区|景区|小区|校区|片区|辖区|山区|库区|市区|县区|开发区|示范区|都市|城市|超市|集市|上市))$/;

const COLLECTIVE_GLOBAL = new RegExp(COLLECTIVE.source, 'g');

/** A number specific enough to identify an item: three digits or more, or a decimal or percentage. */
function isSpecific(n: string): boolean {
  return n.replace(/\D/g, '').length >= 3 || /[.%]/.test(n);
}

interface Scored {
  readonly id: ItemId;
  readonly title: string;
  readonly units: readonly string[];
  readonly score: number;
}

/** Scores every candidate item of one row. */
function scoreRow(index: SearchIndex, row: NoticeRow, lexicon: UnitLexicon, idf: (g: string) => number) {
  const mentions = findUnitMentions(row.title, lexicon);
  const named = new Set<string>(mentions.flatMap((m) => m.units));
  for (const u of row.units ?? []) {
    const hits = findUnitMentions(u, lexicon).flatMap((m) => m.units);
    for (const h of hits) named.add(h);
  }
  const core = withoutNames(
    row.title,
    mentions.map((m) => m.alias),
  )
    .replace(GENERIC_PLACE, ' ')
    .replace(COLLECTIVE_GLOBAL, ' ');
  // A place the workbook does not know (永春县…) at the head of the title: the row is another unit's.
  const head = mentions.some((m) => m.start === 0) ? null : PLACE_HEAD.exec(row.title.trim());
  const foreign = head !== null && !COMMON_AREA.test(head[0]);
  const coreHead = significant(core).chars.slice(0, 2);
  const coreGrams = gramsOf(core);
  const chars = significant(core).chars;
  const literal: QueryToken[] = [];
  for (let k = 0; k + 1 < chars.length; k++) {
    const g = chars.slice(k, k + 2);
    literal.push({
      lookups: [
        [`t${g}`, 1],
        [`s${g}`, 0.6],
        [`b${g}`, 0.5],
      ],
      weight: 1,
      idfKey: `t${g}`,
    });
  }
  const groups = [
    literal,
    ...[...named].map((u) => [{ lookups: [[`a${u}`, 1]] as const, weight: 0.3, idfKey: `a${u}` }]),
  ];
  const slots = index.scoreCandidates(literal.length > 0 ? [literal] : groups, 40, 0.05);
  const scored: Scored[] = [];
  for (const { slot } of slots) {
    const p = index.preparedAt(slot);
    if (!p) continue;
    const units = p.doc.units ?? [];
    const itemCore = withoutNames(p.doc.title, p.aliases).replace(GENERIC_PLACE, ' ');
    const titleGrams = gramsOf(itemCore);
    const bodyGrams = gramsOf(p.doc.body);
    const inTitle = weightedOverlap(coreGrams, [titleGrams], idf);
    const inEither = weightedOverlap(coreGrams, [titleGrams, bodyGrams], idf);
    const kept = weightedOverlap(titleGrams, [coreGrams], idf);
    const recall = inTitle.total > 0 ? inTitle.shared / inTitle.total : 0;
    const recallBody = inEither.total > 0 ? inEither.shared / inEither.total : 0;
    const precision = kept.total > 0 ? kept.shared / kept.total : 0;
    // A paraphrased title, or a row the item's text explains entirely (a fact taken from the body).
    let score = Math.max(0.3 * recall + 0.35 * recallBody + 0.35 * precision, 0.75 * recallBody * recallBody);
    const nums = numberOverlap(row.title, `${p.doc.title} ${p.doc.body ?? ''}`);
    for (const n of nums.same.slice(0, 2)) score += isSpecific(n) ? 0.15 : 0.05;
    if (nums.missing.length > 0) score *= 0.55;
    if (named.size > 0) score = units.some((u) => named.has(u)) ? score + 0.12 : score * 0.2;
    else if (foreign) score *= 0.2;
    else if (coreHead.length === 2 && !titleGrams.has(coreHead) && !bodyGrams.has(coreHead)) {
      // An unexplained head where the unit usually stands: when neither character occurs in the item at all,
      // it reads as an abbreviated place the workbook does not know (谯城四举措…).
      const text = `${p.doc.title}${p.doc.body ?? ''}`;
      score *= [...coreHead].some((c) => text.includes(c)) ? 0.85 : 0.6;
    }
    if (row.date && p.doc.date && p.doc.date > row.date) score *= 0.5;
    scored.push({ id: p.doc.id, title: p.doc.title, units, score: Math.min(1, score) });
  }
  scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  const unitCount = new Set([...named].map((u) => mentions.find((m) => m.units.includes(u))?.alias ?? u)).size;
  const combined = unitCount >= 2 || COLLECTIVE.test(row.title);
  return { scored, named, combined };
}

/**
 * Matches each row of an upstream adoption notice to the submitted items in `index`. Titles may be
 * shortened, reworded or stripped of the unit; numbers, the units named and the date weigh in. A single match
 * is accepted only from `acceptAt`; a combined row (several units named, or 多地/各地) accepts one close item
 * per unit.
 *
 * @example
 * const [row] = matchNotice(index, [{ title: '宣汉优化营商环境新增市场主体3210户' }]);
 * row?.match; // the id of 宣汉县多措并举优化营商环境 when confident, else null
 */
export function matchNotice(
  index: SearchIndex,
  rows: readonly NoticeRow[],
  options: NoticeMatchOptions = {},
): NoticeMatch[] {
  const acceptAt = options.acceptAt ?? 0.72;
  const listed = options.candidates ?? 5;
  const lexicon = buildUnitLexicon([...index.docs()].flatMap((d) => d.units ?? []));
  const idf = bigramIdf(index);
  return rows.map((row) => {
    const { scored, named, combined } = scoreRow(index, row, lexicon, idf);
    const candidates = scored.slice(0, listed).map(({ id, title, score }) => ({ id, title, score: round(score) }));
    const best = scored[0];
    if (!best) return { title: row.title, match: null, matches: [], confidence: 0, candidates, combined };
    if (combined) {
      // One item per unit: each unit's best, if close enough to the row and clearly ahead of its other items.
      const perUnit = new Map<string, Scored[]>();
      for (const s of scored) {
        const key = s.units.join('、');
        if (named.size > 0 && !s.units.some((u) => named.has(u))) continue;
        perUnit.set(key, [...(perUnit.get(key) ?? []), s]);
      }
      const accepted: { s: Scored; confidence: number }[] = [];
      for (const list of perUnit.values()) {
        const [top, next] = list;
        const least = named.size > 0 ? Math.max(0.35, best.score - 0.45) : Math.max(0.5, best.score - 0.3);
        if (!top || top.score < least) continue;
        const confidence = top.score * Math.min(1, 0.6 + (top.score - (next?.score ?? 0)) / 0.25);
        accepted.push({ s: top, confidence });
      }
      accepted.sort((a, b) => b.s.score - a.s.score || (a.s.id < b.s.id ? -1 : 1));
      const floor = named.size > 0 ? acceptAt - 0.34 : acceptAt - 0.1;
      const sure = accepted.filter((a) => a.confidence >= floor && (named.size > 0 || accepted.length >= 2));
      const confidence = round(
        sure.length > 0 ? Math.min(...sure.map((a) => a.confidence)) : (accepted[0]?.confidence ?? best.score * 0.6),
      );
      const matches = sure.map((a) => a.s.id);
      return { title: row.title, match: matches[0] ?? null, matches, confidence, candidates, combined };
    }
    const second = scored.find((s) => s.id !== best.id)?.score ?? 0;
    const margin = best.score - second;
    const confidence = round(best.score * Math.min(1, 0.6 + margin / 0.25));
    const match = confidence >= acceptAt ? best.id : null;
    return { title: row.title, match, matches: match ? [match] : [], confidence, candidates, combined };
  });
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
