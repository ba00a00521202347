import { readFileSync } from 'node:fs';
import { COMMANDS } from './commands/registry.ts';
import { type Command, EXIT, type Io, UsageError } from './io.ts';

function usage(): string {
  const width = Math.max(14, ...COMMANDS.map((c) => c.name.join(' ').length + 2));
  const lines = COMMANDS.map((c) => `  ${c.name.join(' ').padEnd(width)}${c.summary}`);
  return `用法：caibian <命令> [选项]

命令：
${[...lines, `  ${'--help, -h'.padEnd(width)}显示本帮助`, `  ${'--version, -v'.padEnd(width)}显示版本号`].join('\n')}

退出状态：0 完成；1 输入有误（信息指明文件、工作表、行和列）；2 用法错误。
`;
}

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

function find(args: readonly string[]): Command | undefined {
  return [...COMMANDS]
    .sort((a, b) => b.name.length - a.name.length)
    .find((c) => c.name.every((word, i) => args[i] === word));
}

/**
 * Runs the `caibian` command with `args` (without the node and script paths) and returns its exit status.
 *
 * @example
 * process.exitCode = await main(process.argv.slice(2), process);
 */
export async function main(args: readonly string[], io: Io): Promise<number> {
  const [first] = args;
  if (first === undefined || first === '--help' || first === '-h') {
    io.stdout.write(usage());
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    io.stdout.write(`caibian ${version()}\n`);
    return EXIT.ok;
  }
  const command = find(args);
  if (!command) {
    io.stderr.write(`未知命令“${args.slice(0, 2).join(' ')}”。\n\n${usage()}`);
    return EXIT.usage;
  }
  const rest = args.slice(command.name.length);
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`用法：${command.usage}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n用法：${command.usage}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
