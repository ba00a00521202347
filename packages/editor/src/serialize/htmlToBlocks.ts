import type { Block, Run } from '../document/BriefingDocument.ts';
import { headingLevelOf } from './headingLevelOf.ts';

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'blockquote',
  'pre',
  'section',
  'article',
  'center',
  'header',
  'footer',
  'main',
  'body',
  'html',
  'td',
  'th',
  'dd',
  'dt',
  'dl',
  'ul',
  'ol',
  'table',
  'tr',
]);
const SKIP_TAGS = new Set(['style', 'script', 'head', 'title', 'meta', 'link', 'xml', 'template', 'img', 'svg']);
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

function hasBlockChild(element: Element): boolean {
  for (const child of element.children) if (BLOCK_TAGS.has(child.localName) || hasBlockChild(child)) return true;
  return false;
}

function boldOf(element: Element, inherited: boolean): boolean {
  const weight = (element as HTMLElement).style?.fontWeight;
  if (weight === 'bold' || weight === 'bolder' || Number(weight) >= 600) return true;
  if (weight === 'normal' || weight === 'lighter' || (weight !== '' && Number(weight) < 600)) return false;
  return inherited || element.localName === 'b' || element.localName === 'strong';
}

/** Word wraps long lines of its HTML source: a line break between two CJK characters is no space. */
function normalizeSpace(raw: string): string {
  return raw
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]*[\r\n]+[ \t\r\n]*/g, (_, offset: number, all: string) => {
      const before = all[offset - 1] ?? '';
      const after = all[offset + _.length] ?? '';
      return CJK.test(before) && CJK.test(after) ? '' : ' ';
    })
    .replace(/[ \t]+/g, ' ');
}

function appendRun(runs: Run[], text: string, bold: boolean): void {
  if (text === '') return;
  const last = runs.at(-1);
  if (last && Boolean(last.bold) === bold) runs[runs.length - 1] = { ...last, text: last.text + text };
  else runs.push(bold ? { text, bold } : { text });
}

function inlineRuns(node: Node, bold: boolean, runs: Run[]): void {
  if (node.nodeType === 3) {
    appendRun(runs, normalizeSpace(node.textContent ?? ''), bold);
    return;
  }
  if (node.nodeType !== 1) return;
  const element = node as Element;
  if (SKIP_TAGS.has(element.localName) || (element as HTMLElement).style?.display === 'none') return;
  if (element.localName === 'br') {
    appendRun(runs, '\n', false);
    return;
  }
  const childBold = boldOf(element, bold);
  for (const child of element.childNodes) inlineRuns(child, childBold, runs);
}

/** Trims the runs' outer spaces (the typed full-width indent too) and turns '\n' text back into breaks. */
function trimRuns(runs: Run[]): Run[] {
  const out = runs.map((run) => ({ ...run, text: run.text.replace(/ *\n */g, '\n') }));
  const first = out[0];
  if (first) out[0] = { ...first, text: first.text.replace(/^[\s\u3000]+/, '') };
  const last = out.at(-1);
  if (last) out[out.length - 1] = { ...last, text: last.text.replace(/[\s\u3000]+$/, '') };
  return out.filter((run) => run.text !== '');
}

function runsOf(element: Element): Run[] {
  const runs: Run[] = [];
  for (const child of element.childNodes) inlineRuns(child, boldOf(element, false), runs);
  return trimRuns(runs);
}

function paragraph(runs: Run[]): Block | null {
  if (runs.length === 0) return null;
  const level = headingLevelOf(runs.map((run) => run.text).join(''));
  return level === null ? { kind: 'paragraph', runs } : { kind: 'heading', level, runs };
}

function collect(container: Element, blocks: Block[]): void {
  let pending: Run[] = [];
  const flush = () => {
    const block = paragraph(trimRuns(pending));
    if (block) blocks.push(block);
    pending = [];
  };
  for (const child of container.childNodes) {
    const element = child.nodeType === 1 ? (child as Element) : null;
    if (!element || !BLOCK_TAGS.has(element.localName)) {
      if (element && SKIP_TAGS.has(element.localName)) continue;
      inlineRuns(child, false, pending);
      continue;
    }
    flush();
    const tag = element.localName;
    if (tag === 'table') {
      const rows = [...element.querySelectorAll('tr')].map((tr) => [...tr.children].map(runsOf));
      if (rows.length > 0) blocks.push({ kind: 'table', rows });
    } else if (tag === 'ul' || tag === 'ol') {
      const items = [...element.querySelectorAll('li')].map(runsOf).filter((runs) => runs.length > 0);
      if (items.length > 0) blocks.push({ kind: 'list', ordered: tag === 'ol', items });
    } else if (hasBlockChild(element)) {
      collect(element, blocks);
    } else {
      const block = paragraph(runsOf(element));
      if (block) blocks.push(block);
    }
  }
  flush();
}

/**
 * Blocks from pasted HTML (Word, WPS, web pages): keeps paragraphs, bold, lists and tables and drops every
 * style (fonts, sizes, colours, indents, spacing); empty paragraphs go, and a paragraph starting with
 * 一、 （一） 1. or （1） becomes a heading of that level. Needs a DOM (`DOMParser`).
 *
 * @example
 * htmlToBlocks('<p class=MsoNormal style="text-indent:32pt"><span style="font-family:仿宋">一、基本情况</span></p>');
 * // [{ kind: 'heading', level: 1, runs: [{ text: '一、基本情况' }] }]
 */
export function htmlToBlocks(html: string): Block[] {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const blocks: Block[] = [];
  collect(parsed.body, blocks);
  return blocks;
}
