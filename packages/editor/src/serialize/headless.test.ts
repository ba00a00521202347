// @vitest-environment node
// Runs without a DOM, as the command line does.
import { describe, expect, it } from 'vitest';
import { briefingToHtml } from './briefingToHtml.ts';
import { briefingBodyText, briefingToDocument, briefingToText, parseBriefing, textToBriefing } from './headless.ts';

const BODY = [
  '7月1日，我县召开防汛工作会议。',
  '一、基本情况',
  '全县共有水库12座。\n其中中型水库2座。',
  '（一）加强值守',
  '1.落实24小时值班',
  '（1）县级领导带班',
  '增长3.5%，见附件。',
].join('\n\n');

describe('serialization without a DOM', () => {
  it('really runs without a DOM', () => {
    expect(typeof document).toBe('undefined');
  });

  it('turns text into headings of the right level and paragraphs', () => {
    const doc = briefingToDocument(textToBriefing('我县召开防汛工作会议', BODY));
    expect(doc.title).toBe('我县召开防汛工作会议');
    expect(doc.blocks.map((b) => (b.kind === 'heading' ? `h${b.level}` : b.kind))).toEqual([
      'paragraph',
      'h1',
      'paragraph',
      'h2',
      'h3',
      'h4',
      'paragraph',
    ]);
  });

  it('round-trips text → saved JSON → text unchanged', () => {
    const saved = textToBriefing('标题', BODY);
    expect(briefingBodyText(saved)).toBe(BODY);
    expect(briefingToText(saved)).toBe(`标题\n\n${BODY}`);
  });

  it('round-trips through JSON text and parseBriefing', () => {
    const saved = textToBriefing('标题', BODY);
    const parsed = parseBriefing(JSON.stringify(saved));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toEqual(saved);
    expect(briefingToDocument(parsed.value)).toEqual(briefingToDocument(saved));
  });

  it('reports every problem of a bad saved briefing with its JSON path', () => {
    const result = parseBriefing({ version: 9, title: 3, lexical: {} });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual([['version'], ['title'], ['lexical']]);
    expect(result.problems[0]?.message).toContain('版本');
    expect(parseBriefing('{').ok).toBe(false);
  });

  it('reports a body that Lexical cannot load', () => {
    const saved = textToBriefing('标题', '正文');
    const broken = {
      ...saved,
      lexical: { root: { ...saved.lexical.root, children: [{ type: 'no-such-node', version: 1 }] } },
    };
    const result = parseBriefing(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.code).toBe('invalid_state');
  });

  it('escapes markup in user text in HTML: it is shown, never executed', () => {
    const html = briefingToHtml(textToBriefing('<img src=x onerror=alert(1)>', '<script>alert("x")</script> & 一切'));
    expect(html).toBe(
      '<h1>&lt;img src=x onerror=alert(1)&gt;</h1>\n<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 一切</p>',
    );
    expect(html).not.toMatch(/<script|<img/);
  });

  it('writes headings, line breaks and empty bodies as expected', () => {
    expect(briefingToHtml(textToBriefing('题', '一、情况\n\n甲\n乙'))).toBe(
      '<h1>题</h1>\n<h2 data-level="1">一、情况</h2>\n<p>甲<br>乙</p>',
    );
    const empty = textToBriefing('只有标题', '');
    expect(briefingToText(empty)).toBe('只有标题');
    expect(briefingToDocument(empty).blocks).toEqual([]);
  });
});
