/** Seeded generation of realistic items (title, body 200–600 characters, unit, date). */
import { BODY_SENTENCES, DEPARTMENTS, MEASURES, OFFICE_FORMS, PLACES, TOPICS, type Topic } from './vocabulary.ts';

/** A small seeded PRNG (mulberry32): the same seed gives the same corpus everywhere. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks one element. */
export function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)] as T;
}

/** A unit: its full name and the place that prefixes its titles. */
export interface GenUnit {
  readonly name: string;
  readonly place: string;
  /** How its titles start: the place (宣汉县) or the department (开江县农业农村局). */
  readonly titlePrefix: string;
}

/** Makes `count` distinct units: general offices of places, and departments of places. */
export function makeUnits(
  r: () => number,
  count: number,
  places: readonly string[] = PLACES,
  officeOnly?: boolean,
): GenUnit[] {
  const out: GenUnit[] = [];
  const names = new Set<string>();
  while (out.length < count) {
    const place = pick(r, places);
    const office = officeOnly ?? r() < 0.6;
    const dept = pick(r, DEPARTMENTS);
    const name = office ? place + pick(r, OFFICE_FORMS) : place + dept;
    if (names.has(name)) continue;
    names.add(name);
    out.push({ name, place, titlePrefix: office ? place : r() < 0.5 ? place : place + dept });
  }
  return out;
}

/** Fills `#` with a number and `%` with a percentage. */
export function fillNumbers(r: () => number, text: string): string {
  return text
    .replace(/#/g, () => String(Math.floor(2 + r() * (r() < 0.5 ? 98 : 4998))))
    .replace(/%/g, () => `${(1 + r() * 60).toFixed(1)}%`);
}

/** A generated item, with what made it (for rewriting it as a notice row). */
export interface GenItem {
  readonly id: string;
  readonly title: string;
  readonly body: string;
  readonly unit: GenUnit;
  readonly date: string;
  readonly topic: Topic;
  readonly verb: string;
  readonly measure: string;
  /** The data phrase with its numbers, e.g. 新增市场主体3210户. */
  readonly data: string;
}

function body(r: () => number, unit: GenUnit, topic: Topic, verb: string, data: string): string {
  const fill = (s: string) =>
    fillNumbers(
      r,
      s.replace(/\{p\}/g, topic.phrase).replace(/\{w\}/g, () => pick(r, topic.words)),
    );
  let text = `今年以来，${unit.titlePrefix}${verb}${topic.phrase}，${data}。`;
  const order = ['一是', '二是', '三是', '四是', '五是'];
  const sentences = [...BODY_SENTENCES].sort(() => r() - 0.5);
  let k = 0;
  const target = 200 + Math.floor(r() * 380);
  while (text.length < target && k < sentences.length) {
    text += `${order[k] ?? ''}${fill(sentences[k] ?? '')}。`;
    k++;
  }
  text += `（${unit.name}）`;
  return text.length > 600 ? `${text.slice(0, 590)}。` : text;
}

/** Generates one item of `unit` on `topic`. */
export function generateItem(r: () => number, id: string, unit: GenUnit, topic: Topic, date: string): GenItem {
  const verb = pick(r, topic.verbs);
  const measure = pick(r, MEASURES);
  const data = fillNumbers(r, pick(r, topic.data));
  const p = unit.titlePrefix;
  const forms = [
    () => `${p}${measure}${verb}${topic.phrase}`,
    () => `${p}${verb}${topic.phrase} ${data}`,
    () => `${p}${verb}${topic.phrase}${data}`,
    () => `${p}以${measure.replace(/^以/, '')}${verb}${topic.phrase}`,
    () => `${p}${topic.phrase}工作取得实效`,
    () => `${p}召开${topic.phrase}推进会`,
    () => `${p}${measure}${verb}${topic.phrase}工作`,
  ];
  const title = pick(r, forms)();
  return { id, title, body: body(r, unit, topic, verb, data), unit, date, topic, verb, measure, data };
}

/** A date in 2024 (days from 1 January). */
export function dateOf2024(day: number): string {
  const d = new Date(Date.UTC(2024, 0, 1 + day));
  return d.toISOString().slice(0, 10);
}

/** Generates `count` items from `units` over the topics. */
export function generateItems(seed: number, count: number, units: readonly GenUnit[], prefix = 'XX'): GenItem[] {
  const r = rng(seed);
  const out: GenItem[] = [];
  for (let i = 0; i < count; i++) {
    const unit = units[i % units.length] as GenUnit;
    const id = `${prefix}-${String(i + 1).padStart(6, '0')}`;
    out.push(generateItem(r, id, unit, pick(r, TOPICS), dateOf2024(Math.floor(r() * 360))));
  }
  return out;
}
