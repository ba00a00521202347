import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from './htmlToBlocks.ts';

// What Word puts on the clipboard, trimmed: styled paragraphs, empty <o:p> paragraphs, source lines
// wrapped in the middle of Chinese text.
const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{font-family:仿宋}</style></head>
<body lang=ZH-CN><div class=WordSection1>
<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>　　7月1日，我县召开防汛
工作会议，<b>全面部署</b>安排。<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal style='text-indent:32pt'><span style='font-family:黑体'>一、基本情况</span></p>
<p class=MsoNormal><span style='font-family:楷体_GB2312'>（一）加强值守</span></p>
<p class=MsoNormal><span style="font-weight:bold">重点</span>在于<br>落实</p>
</div></body></html>`;

describe('htmlToBlocks (paste from Word/WPS)', () => {
  it('keeps paragraphs and bold, drops styles, empty paragraphs and the typed indent', () => {
    expect(htmlToBlocks(WORD_HTML)).toEqual([
      {
        kind: 'paragraph',
        runs: [{ text: '7月1日，我县召开防汛工作会议，' }, { text: '全面部署', bold: true }, { text: '安排。' }],
      },
      { kind: 'heading', level: 1, runs: [{ text: '一、基本情况' }] },
      { kind: 'heading', level: 2, runs: [{ text: '（一）加强值守' }] },
      { kind: 'paragraph', runs: [{ text: '重点', bold: true }, { text: '在于\n落实' }] },
    ]);
  });

  it('keeps lists and tables as text', () => {
    expect(
      htmlToBlocks(
        '<ol><li>一是<i>强化</i></li><li>二是</li></ol><table><tr><td>县区</td><td><p>条数</p></td></tr></table>',
      ),
    ).toEqual([
      { kind: 'list', ordered: true, items: [[{ text: '一是强化' }], [{ text: '二是' }]] },
      { kind: 'table', rows: [[[{ text: '县区' }], [{ text: '条数' }]]] },
    ]);
  });

  it('never runs pasted scripts or keeps their text', () => {
    const blocks = htmlToBlocks('<p>正文<script>window.pwned = 1</script><img src=x onerror="window.pwned=1"></p>');
    expect(blocks).toEqual([{ kind: 'paragraph', runs: [{ text: '正文' }] }]);
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });
});
