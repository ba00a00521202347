/**
 * Short names of units as people write them: 宣汉 and 宣汉县 for 宣汉县政府办公室, 开江 and 发展和改革局 for
 * 开江县发展和改革局. Derived by rule, no dictionary.
 */

/** Office suffixes stripped (longest first) to reach the unit's place or department. */
const OFFICE_SUFFIXES = [
  '人民政府办公室',
  '人民政府办公厅',
  '政府办公室',
  '政府办公厅',
  '委办公室',
  '人民政府办',
  '人民政府',
  '政府办',
  '委员会办公室',
  '委员会',
  '办公室',
  '办公厅',
  '委办',
  '政府',
] as const;

/** Administrative suffixes whose removal leaves the place name (宣汉县 → 宣汉). */
const PLACE_SUFFIXES = ['自治县', '自治州', '街道', '新区', '县', '区', '市', '州', '镇', '乡', '省'] as const;
const PLACE_PREFIX = /^(.{2,}?(?:自治县|自治州|新区|街道|县|区|市|州|镇|乡))(.{2,})$/;
const PARENT_PREFIX = /^(.{2,}?[省市州])(.{3,})$/;

function stripOffice(name: string): string {
  for (const suffix of OFFICE_SUFFIXES) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) return name.slice(0, -suffix.length);
  }
  return name;
}

function placeStem(place: string): string | null {
  for (const suffix of PLACE_SUFFIXES) {
    if (place.endsWith(suffix) && place.length - suffix.length >= 2) return place.slice(0, -suffix.length);
  }
  return null;
}

function isPlace(name: string): boolean {
  return PLACE_SUFFIXES.some((s) => name.endsWith(s));
}

/**
 * The names a unit goes by, longest first: the full name, the name without its parent place, the place or
 * department once office words (政府办公室, 委员会, 办公室…) are stripped, and the place without 县/区/市/镇.
 * A one-character stem is never an alias (渠县 stays 渠县).
 *
 * @example
 * deriveUnitAliases('宣汉县政府办公室'); // ['宣汉县政府办公室', '宣汉县', '宣汉']
 * deriveUnitAliases('开江县发展和改革局'); // ['开江县发展和改革局', '发展和改革局', '开江县', '开江']
 */
export function deriveUnitAliases(name: string): string[] {
  const full = name.trim().replace(/\s+/g, '');
  const out = new Set<string>([full]);
  const queue = [full];
  const parent = PARENT_PREFIX.exec(full);
  if (parent?.[2] && /[县区镇乡]/.test(parent[2])) queue.push(parent[2]);
  for (const base of queue) {
    out.add(base);
    const core = stripOffice(base);
    out.add(core);
    const split = PLACE_PREFIX.exec(core);
    const inner = split?.[2];
    if (split?.[1] && inner && isPlace(inner)) {
      // a town in a county: 宣汉县南坝镇 → 南坝镇, 南坝
      out.add(inner);
      const stem = placeStem(inner);
      if (stem) out.add(stem);
    } else if (isPlace(core)) {
      const stem = placeStem(core);
      if (stem) out.add(stem);
    } else if (split?.[1] && inner) {
      // a department of a place: 开江县发展和改革局 → 发展和改革局, 开江县, 开江
      out.add(inner);
      out.add(split[1]);
      const stem = placeStem(split[1]);
      if (stem) out.add(stem);
    }
  }
  return [...out].filter((a) => a.length >= 2).sort((a, b) => b.length - a.length);
}

/** A lexicon of unit aliases for finding the units a text names. */
export interface UnitLexicon {
  /** Alias → the unit names it stands for. */
  readonly byAlias: ReadonlyMap<string, readonly string[]>;
  /** Aliases, longest first. */
  readonly aliases: readonly string[];
}

/**
 * Builds a lexicon from unit names. Department names without a place (农业农村局) are kept only in full, so
 * that common words do not pass for units.
 */
export function buildUnitLexicon(unitNames: Iterable<string>): UnitLexicon {
  const byAlias = new Map<string, string[]>();
  for (const unit of new Set(unitNames)) {
    for (const alias of deriveUnitAliases(unit)) {
      const list = byAlias.get(alias) ?? [];
      if (!list.includes(unit)) list.push(unit);
      byAlias.set(alias, list);
    }
  }
  return { byAlias, aliases: [...byAlias.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)) };
}

/** A unit named in a text. */
export interface UnitMention {
  readonly alias: string;
  readonly start: number;
  readonly end: number;
  readonly units: readonly string[];
}

/** Finds the units a text names, longest alias first, without overlaps, in text order. */
export function findUnitMentions(text: string, lexicon: UnitLexicon): UnitMention[] {
  const taken = new Uint8Array(text.length);
  const out: UnitMention[] = [];
  for (const alias of lexicon.aliases) {
    let at = text.indexOf(alias);
    while (at >= 0) {
      const end = at + alias.length;
      if (!taken.subarray(at, end).some((v) => v === 1)) {
        taken.fill(1, at, end);
        out.push({ alias, start: at, end, units: lexicon.byAlias.get(alias) ?? [] });
      }
      at = text.indexOf(alias, end);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
