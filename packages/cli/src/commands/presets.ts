import { PRESETS } from '@caibian/core';
import { oneOf, parseCommandArgs } from '../args.ts';
import { alignedTable } from '../format/alignedTable.ts';
import { type Command, EXIT, type Io } from '../io.ts';

/** `caibian presets`: the built-in scoring methods, as a table or JSON. */
export const presetsCommand: Command = {
  name: ['presets'],
  summary: '列出内置的计分办法',
  usage: 'caibian presets [--format table | json]',
  async run(args: readonly string[], io: Io): Promise<number> {
    const { values } = parseCommandArgs(args, { format: { type: 'string' } });
    const format = oneOf('--format', values.format, ['table', 'json'] as const, 'table');
    if (format === 'json') {
      const list = PRESETS.map((p) => ({ id: p.id, name: p.name, description: p.description }));
      io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
      return EXIT.ok;
    }
    const rows = PRESETS.map((p) => [p.id, p.name]);
    io.stdout.write(`${alignedTable([{ header: '编号' }, { header: '计分办法' }], rows)}\n`);
    io.stdout.write('\n用 caibian score <登记簿> --scheme <编号> 按其中一种办法计分排名。\n');
    return EXIT.ok;
  },
};
