import { formatPath } from '@caibian/core';
import { parseCommandArgs } from '../args.ts';
import { type Command, EXIT, type Io, UsageError } from '../io.ts';
import { loadScheme } from './loadScheme.ts';

/** `caibian scheme check <scheme.json>`: validates a scheme and prints each problem with its JSON path. */
export const schemeCheckCommand: Command = {
  name: ['scheme', 'check'],
  summary: '检查计分办法 JSON 文件，逐条列出问题及其 JSON 路径',
  usage: 'caibian scheme check <计分办法.json>',
  async run(args: readonly string[], io: Io): Promise<number> {
    const { positionals } = parseCommandArgs(args, {});
    const [file, ...rest] = positionals;
    if (file === undefined) throw new UsageError('缺少计分办法文件。');
    if (rest.length > 0) throw new UsageError(`一次只检查一个文件，多出：${rest.join('、')}。`);
    const result = await loadScheme(file, io.cwd ?? process.cwd());
    if (result.ok) {
      io.stdout.write(`${file}：计分办法“${result.value.name}”（${result.value.id}）有效。\n`);
      return EXIT.ok;
    }
    io.stderr.write(`${file}：发现 ${result.problems.length} 处问题。\n`);
    for (const p of result.problems) {
      io.stderr.write(`  ${p.path ? formatPath(p.path) : '$'}：${p.message}\n`);
    }
    return EXIT.badInput;
  },
};
