import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../io.ts';
import { bulletinCommand } from './bulletin.ts';

const dir = mkdtempSync(join(tmpdir(), 'caibian-bulletin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture() {
  const out = { stdout: '', stderr: '' };
  const io = {
    stdout: { write: (text: string) => (out.stdout += text) },
    stderr: { write: (text: string) => (out.stderr += text) },
    cwd: dir,
  };
  return { out, io };
}

function anIssue(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: '政务信息',
    number: '〔2024〕第12期',
    editor: '市人民政府办公室编',
    date: '2024-03-05',
    secrecy: null,
    items: [
      {
        title: '我市新增市场主体1.2万户',
        body: '今年以来，全市新增市场主体1.2万户。\n\n一、主要做法',
        unit: '市发展改革委',
      },
      { title: '县区政务服务事项网上可办率达98.6%', body: '全市推行“一网通办”。', unit: null },
    ],
    to: { 报: ['省政府办公厅'], 送: ['市委各部门'], 发: [] },
    copies: 50,
    ...extra,
  };
}

function write(name: string, content: unknown): string {
  writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return name;
}

async function documentXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(join(dir, file)));
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}

describe('caibian bulletin', () => {
  it('writes the issue as a Word document and says so', async () => {
    const { out, io } = capture();
    const status = await bulletinCommand.run([write('issue.json', anIssue()), '--out', '第12期.docx'], io);
    expect(out.stderr).toBe('');
    expect(status).toBe(0);
    expect(out.stdout).toBe('已生成 第12期.docx：政务信息〔2024〕第12期，共 2 条信息。\n');
    const xml = await documentXml('第12期.docx');
    for (const text of ['政务信息', '2024年3月5日', '我市新增市场主体1.2万户', '报：省政府办公厅。', '共印50份']) {
      expect(xml).toContain(text);
    }
  });

  it('accepts --out=FILE and an issue.json saved with a byte-order mark', async () => {
    const { io } = capture();
    write('bom.json', `\uFEFF${JSON.stringify(anIssue())}`);
    expect(await bulletinCommand.run(['bom.json', '--out=out.docx'], io)).toBe(0);
    expect(await documentXml('out.docx')).toContain('县区政务服务事项网上可办率达98.6%');
  });

  it('exits 1 naming each wrong place of issue.json by its JSON path, and writes nothing', async () => {
    const { out, io } = capture();
    const bad = anIssue({ date: '2024-13-01', items: [{ title: '', body: '正文' }], copies: -1 });
    const status = await bulletinCommand.run([write('bad.json', bad), '--out', 'bad.docx'], io);
    expect(status).toBe(1);
    expect(out.stderr).toBe(
      [
        'bad.json 有 3 处问题，未生成 Word 文件：',
        '  bad.json $.date：日期“2024-13-01”无效，应如 2024-03-05 或 2024年3月5日。',
        '  bad.json $.items[0].title：标题不能为空。',
        '  bad.json $.copies：印数应为正整数。',
        '',
      ].join('\n'),
    );
    expect(existsSync(join(dir, 'bad.docx'))).toBe(false);
  });

  it('exits 1 when issue.json is missing or not JSON', async () => {
    const missing = capture();
    expect(await bulletinCommand.run(['nowhere.json', '--out', 'x.docx'], missing.io)).toBe(1);
    expect(missing.out.stderr).toBe('nowhere.json：文件不存在。\n');
    const broken = capture();
    expect(await bulletinCommand.run([write('broken.json', '{"name": '), '--out', 'x.docx'], broken.io)).toBe(1);
    expect(broken.out.stderr).toContain('broken.json 不是有效的 JSON：内容不完整。');
  });

  it('reports usage errors (exit 2 through main) in Chinese', async () => {
    const { io } = capture();
    write('issue.json', anIssue());
    const cases: [string[], string][] = [
      [['issue.json'], '缺少 --out'],
      [['--out', 'a.docx'], '缺少期刊内容文件'],
      [['a.json', 'b.json', '--out', 'a.docx'], '一次只排一期'],
      [['issue.json', '--out', 'a.pdf'], '应以 .docx 结尾'],
      [['issue.json', '--out'], '--out 后面要写输出的 Word 文件名'],
      [['issue.json', '--out', 'a.docx', '--format', 'json'], '未知选项“--format”'],
      [['issue.json', '--out', join('no-such-folder', 'a.docx')], '所在文件夹不存在'],
    ];
    for (const [args, message] of cases) {
      await expect(bulletinCommand.run(args, io)).rejects.toThrow(UsageError);
      await expect(bulletinCommand.run(args, io)).rejects.toThrow(message);
    }
  });

  it('shows its usage in Chinese', () => {
    expect(bulletinCommand.name).toEqual(['bulletin']);
    expect(bulletinCommand.usage).toBe('caibian bulletin <期刊.json> --out <文件.docx>');
  });
});
