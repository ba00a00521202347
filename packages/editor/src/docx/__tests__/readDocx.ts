import JSZip from 'jszip';
import { type Block, BRIEFING_DOCUMENT_VERSION, type BriefingDocument } from '../../document/BriefingDocument.ts';
import type { BulletinIssue, BulletinItem } from '../BulletinIssue.ts';

/** The XML parts of a `.docx` a test looks at. */
export interface DocxXml {
  readonly document: string;
  readonly styles: string;
  readonly settings: string;
  readonly core: string;
  /** Footer XML by reference type: `default` (odd pages) and `even`. */
  readonly footers: Readonly<Record<string, string>>;
}

async function part(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (!file) throw new Error(`docx 中缺少 ${name}`);
  return file.async('string');
}

/** Unzips a `.docx` and reads its main parts, finding each footer through the section's references. */
export async function readDocx(bytes: Uint8Array): Promise<DocxXml> {
  const zip = await JSZip.loadAsync(bytes);
  const document = await part(zip, 'word/document.xml');
  const rels = await part(zip, 'word/_rels/document.xml.rels');
  const footers: Record<string, string> = {};
  for (const [, type, id] of document.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"\/>/g)) {
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    if (type && target) footers[type] = await part(zip, `word/${target}`);
  }
  return {
    document,
    styles: await part(zip, 'word/styles.xml'),
    settings: await part(zip, 'word/settings.xml'),
    core: await part(zip, 'docProps/core.xml'),
    footers,
  };
}

/** Every `<w:p>` element of some XML, in order. */
export function paragraphs(xml: string): string[] {
  return xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g) ?? [];
}

/** The text of a paragraph, its `<w:t>` contents joined and unescaped. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1] ?? '')
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** The one paragraph whose text contains `text`; throws when there is none. */
export function paragraphWith(xml: string, text: string): string {
  const found = paragraphs(xml).find((p) => textOf(p).includes(text));
  if (!found) throw new Error(`没有包含“${text}”的段落`);
  return found;
}

/** The `w:eastAsia` font names used in some XML. */
export function eastAsiaFonts(xml: string): string[] {
  return [...xml.matchAll(/w:eastAsia="([^"]+)"/g)].map((m) => m[1] ?? '');
}

/** A one-item document built from blocks. */
export function aDocument(blocks: readonly Block[], extra: Partial<BriefingDocument> = {}): BriefingDocument {
  return { version: BRIEFING_DOCUMENT_VERSION, title: '我市新增市场主体1.2万户', blocks, ...extra };
}

/** A paragraph block of plain text. */
export function para(text: string): Block {
  return { kind: 'paragraph', runs: [{ text }] };
}

/** A bulletin item. */
export function anItem(title: string, body: string, unit: string | null = '市发展改革委'): BulletinItem {
  return { title, body, unit };
}

/** A bulletin issue with sensible defaults. */
export function anIssue(extra: Partial<BulletinIssue> = {}): BulletinIssue {
  return {
    name: '政务信息',
    number: '〔2024〕第12期',
    editor: '市人民政府办公室编',
    date: '2024-03-05' as BulletinIssue['date'],
    secrecy: null,
    items: [anItem('我市新增市场主体1.2万户', '今年以来，全市新增市场主体1.2万户。')],
    to: { 报: ['省政府办公厅'], 送: ['市委各部门', '市政协办公室'], 发: [] },
    copies: 50,
    ...extra,
  };
}
