/**
 * The tokens of the candidate index. Each token starts with a letter naming its field:
 * `t` title bigram, `s` title skip-bigram (characters i and i+2), `u` unit-name bigram, `a` whole unit alias,
 * `g` tag or publication bigram, `b` body bigram, `p` title pinyin syllable pair, `i` / `j` title initials
 * trigram / bigram.
 */
import { splitPinyin } from './pinyin.ts';
import type { SearchDoc } from './searchDoc.ts';
import { foldText, significant } from './text.ts';
import { deriveUnitAliases } from './unitAliases.ts';

/** A document with what the index derives from it once (pinyin is the costly part). */
export interface PreparedDoc {
  readonly doc: SearchDoc;
  /** Toneless pinyin of each UTF-16 unit of the title (`''` for a non-Han unit). */
  readonly pinyin: readonly string[];
  /** Every alias of every unit, longest first. */
  readonly aliases: readonly string[];
  /** Title pinyin run together (yingshanghuanjing), for the final ranking. */
  readonly pinyinText: string;
  /** Title initials run together (yshj), for the final ranking. */
  readonly initialsText: string;
}

/** Every alias of the units, longest first. */
function aliasesOf(units: readonly string[]): readonly string[] {
  return [...new Set(units.flatMap(deriveUnitAliases))].sort((a, b) => b.length - a.length);
}

/** A unit's aliases, worked out once per unit name and shared by its documents (an office has a few hundred). */
const unitAliases = new Map<string, readonly string[]>();

function aliasesOfUnit(unit: string): readonly string[] {
  let aliases = unitAliases.get(unit);
  if (aliases === undefined) {
    aliases = Object.freeze(aliasesOf([unit]));
    if (unitAliases.size < 4096) unitAliases.set(unit, aliases);
  }
  return aliases;
}

/**
 * One string per distinct syllable: a title's pinyin is kept per character for every document, and the
 * dictionary (or a saved index) gives a fresh string each time; a language has about 1,300 syllables.
 */
const syllables = new Map<string, string>();

function shared(syllable: string): string {
  const known = syllables.get(syllable);
  if (known !== undefined) return known;
  if (syllables.size < 8192) syllables.set(syllable, syllable);
  return syllable;
}

/** Prepares a document from its title pinyin (computed by the caller, or loaded from a saved index). */
export function prepareDoc(doc: SearchDoc, titlePinyin: readonly string[]): PreparedDoc {
  const pinyin = titlePinyin.map(shared);
  const units = doc.units ?? [];
  const aliases = units.length === 1 ? aliasesOfUnit(units[0] ?? '') : aliasesOf(units);
  const { chars, offsets } = significant(doc.title);
  let pinyinText = '';
  let initialsText = '';
  for (let k = 0; k < chars.length; k++) {
    const syl = pinyin[offsets[k] ?? -1] || (chars[k] ?? '');
    pinyinText += syl;
    initialsText += syl[0] ?? '';
  }
  return { doc, pinyin, aliases, pinyinText, initialsText };
}

function addGrams(out: Set<string>, field: string, text: string, skips: boolean): void {
  const { chars } = significant(text);
  for (let k = 0; k + 1 < chars.length; k++) {
    out.add(field + chars.slice(k, k + 2));
    if (skips && k + 2 < chars.length) out.add(`s${chars[k]}${chars[k + 2]}`);
  }
}

/** Every token of a prepared document, each once. */
export function docTokens(p: PreparedDoc): Set<string> {
  const out = new Set<string>();
  const { doc } = p;
  addGrams(out, 't', doc.title, true);
  for (const unit of doc.units ?? []) addGrams(out, 'u', unit, false);
  for (const alias of p.aliases) out.add(`a${alias}`);
  for (const tag of [...(doc.tags ?? []), ...(doc.publications ?? [])]) addGrams(out, 'g', tag, false);
  if (doc.body) addGrams(out, 'b', doc.body, false);
  const { chars, offsets } = significant(doc.title);
  const syl = chars.split('').map((c, k) => p.pinyin[offsets[k] ?? -1] || c);
  for (let k = 0; k + 1 < syl.length; k++) out.add(`p${syl[k]}|${syl[k + 1]}`);
  const ini = p.initialsText;
  for (let k = 0; k + 1 < ini.length; k++) {
    out.add(`j${ini.slice(k, k + 2)}`);
    if (k + 2 < ini.length) out.add(`i${ini.slice(k, k + 3)}`);
  }
  return out;
}

/** One query token: the index keys that satisfy it, each with how well (1 = fully). */
export interface QueryToken {
  readonly lookups: readonly (readonly [key: string, weight: number])[];
  /** Importance of the token within its group before IDF (skip-grams count half). */
  readonly weight: number;
  /** The key whose document frequency gives the token's IDF. */
  readonly idfKey: string;
}

/** One reading of the query (as Chinese text, as full pinyin, as initials); a document scores its best reading. */
export type QueryGroup = readonly QueryToken[];

const LITERAL_FIELDS = [
  ['t', 1],
  ['u', 1],
  ['g', 0.8],
  ['b', 0.6],
] as const;

/**
 * Plans the readings of a query. Chinese text gives bigrams and skip-bigrams over every field (a missing or
 * wrong character still leaves most of them); Latin letters also read as full pinyin and as initials; a
 * query equal to a unit alias looks the alias up whole.
 */
export function planQuery(query: string): QueryGroup[] {
  const { chars } = significant(query);
  const groups: QueryGroup[] = [];
  const literal: QueryToken[] = [];
  for (let k = 0; k + 1 < chars.length; k++) {
    const gram = chars.slice(k, k + 2);
    literal.push({
      lookups: [...LITERAL_FIELDS.map(([f, w]) => [f + gram, w] as const), [`s${gram}`, 0.7]],
      weight: 1,
      idfKey: `t${gram}`,
    });
    const third = chars[k + 2];
    if (third !== undefined) {
      const skip = `${chars[k]}${third}`;
      literal.push({
        lookups: [
          [`s${skip}`, 1],
          [`t${skip}`, 0.7],
        ],
        weight: 0.5,
        idfKey: `s${skip}`,
      });
    }
  }
  if (literal.length > 0) groups.push(literal);
  const alias = foldText(query.trim());
  if (alias.length >= 2) groups.push([{ lookups: [[`a${alias}`, 1]], weight: 1, idfKey: `a${alias}` }]);
  if (/^[a-z]+$/.test(chars) && chars.length >= 2) {
    const syllables = splitPinyin(chars);
    if (syllables && syllables.length >= 2) {
      const pairs: QueryToken[] = [];
      for (let k = 0; k + 1 < syllables.length; k++) {
        const a = syllables[k] ?? '';
        const b = syllables[k + 1] ?? '';
        // A last piece that is only the start of a syllable (yingsh) is matched through initials.
        const key =
          k + 2 === syllables.length && b.length <= 2 && !/[aeiouv]/.test(b) ? `j${a[0]}${b[0]}` : `p${a}|${b}`;
        pairs.push({ lookups: [[key, 1]], weight: 1, idfKey: key });
      }
      groups.push(pairs);
    }
    const initials: QueryToken[] = [];
    if (chars.length === 2) initials.push({ lookups: [[`j${chars}`, 1]], weight: 1, idfKey: `j${chars}` });
    for (let k = 0; k + 2 < chars.length; k++) {
      const key = `i${chars.slice(k, k + 3)}`;
      initials.push({ lookups: [[key, 1]], weight: 1, idfKey: key });
    }
    if (initials.length > 0 && chars.length <= 12) groups.push(initials);
  }
  return groups;
}
