/**
 * Pinyin of titles (through pinyin-pro, toneless) and the reading of a Latin query as full pinyin
 * (yingshang → ying shang) or initials (yshj).
 */
import { pinyin } from 'pinyin-pro';
import { isHan } from './text.ts';

/**
 * The toneless pinyin of each UTF-16 code unit of `text`: a syllable for a Han character, `''` otherwise.
 *
 * @example
 * pinyinOf('营商A'); // ['ying', 'shang', '']
 */
export function pinyinOf(text: string): string[] {
  if (text === '') return [];
  const syllables = pinyin(text, { toneType: 'none', type: 'array', v: true });
  const aligned = syllables.length === text.length;
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (!isHan(c)) out.push('');
    else out.push(aligned ? (syllables[i] ?? '') : (pinyin(c, { toneType: 'none', v: true }) ?? ''));
  }
  return out;
}

const INITIALS = 'b p m f d t n l g k h j q x zh ch sh r z c s y w'.split(' ');
const FINALS =
  'a o e ai ei ao ou an en ang eng ong er i ia ie iao iu ian in iang ing iong u ua uo uai ui uan un uang ueng v ve van vn ue'.split(
    ' ',
  );

/** Every toneless syllable spelled with v for ü (lv, nve), plus zero-initial forms (a, ai, er…). */
function buildSyllables(): Set<string> {
  const out = new Set<string>();
  for (const f of FINALS) if (/^[aoe]/.test(f)) out.add(f);
  for (const i of INITIALS) for (const f of FINALS) out.add(i + f);
  return out;
}

/** The spelling set: generous (some combinations never occur), which only matters for rare queries. */
const SYLLABLES = buildSyllables();
const LONGEST = 6;

/**
 * Splits a Latin string into pinyin syllables with the fewest pieces; the last piece may be a prefix of a
 * syllable (yingsh → ying sh). Returns `null` when it is not pinyin.
 *
 * @example
 * splitPinyin('yingshang'); // ['ying', 'shang']
 * splitPinyin('yshj'); // null
 */
export function splitPinyin(latin: string): string[] | null {
  const s = latin.toLowerCase().replace(/ü/g, 'v');
  if (!/^[a-z]+$/.test(s)) return null;
  const best: (string[] | null)[] = new Array(s.length + 1).fill(null);
  best[0] = [];
  for (let i = 0; i < s.length; i++) {
    const prev = best[i];
    if (!prev) continue;
    for (let len = 1; len <= LONGEST && i + len <= s.length; len++) {
      const piece = s.slice(i, i + len);
      const end = i + len;
      const whole = SYLLABLES.has(piece);
      const prefix = end === s.length && len >= 2 && !whole && [...SYLLABLES].some((y) => y.startsWith(piece));
      if (!whole && !prefix) continue;
      const cand = [...prev, piece];
      const cur = best[end];
      if (!cur || cand.length < cur.length) best[end] = cand;
    }
  }
  const out = best[s.length] ?? null;
  // A single letter reads better as an initial; one-letter pieces inside mean it is not pinyin.
  if (!out || out.some((p) => p.length === 1 && !/^[aoe]$/.test(p))) return null;
  return out;
}
