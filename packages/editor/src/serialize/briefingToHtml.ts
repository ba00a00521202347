import type { Block, BriefingDocument, Run } from '../document/BriefingDocument.ts';
import { briefingToDocument } from './headless.ts';
import type { SavedBriefing } from './SavedBriefing.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

function runsHtml(runs: readonly Run[]): string {
  return runs
    .map((run) => {
      const text = escapeHtml(run.text).replace(/\n/g, '<br>');
      return run.bold ? `<strong>${text}</strong>` : text;
    })
    .join('');
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${runsHtml(block.runs)}</p>`;
    case 'heading':
      return `<h${block.level + 1} data-level="${block.level}">${runsHtml(block.runs)}</h${block.level + 1}>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${runsHtml(item)}</li>`).join('')}</${tag}>`;
    }
    case 'table': {
      const rows = block.rows.map((row) => `<tr>${row.map((cell) => `<td>${runsHtml(cell)}</td>`).join('')}</tr>`);
      return `<table>${rows.join('')}</table>`;
    }
  }
}

/**
 * HTML of a document: the title as `<h1>`, headings as `<h2>`–`<h5>` by level, paragraphs, lists and
 * tables. Every piece of user text is escaped; nothing of it is ever markup.
 */
export function documentToHtml(document: BriefingDocument): string {
  const parts = document.title === '' ? [] : [`<h1>${escapeHtml(document.title)}</h1>`];
  for (const block of document.blocks) parts.push(blockHtml(block));
  return parts.join('\n');
}

/**
 * HTML of a saved briefing (see {@link documentToHtml}); user text is escaped.
 *
 * @example
 * briefingToHtml(textToBriefing('标题<b>', '正文')); // '<h1>标题&lt;b&gt;</h1>\n<p>正文</p>'
 */
export function briefingToHtml(saved: SavedBriefing): string {
  return documentToHtml(briefingToDocument(saved));
}
