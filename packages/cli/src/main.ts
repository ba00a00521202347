import { readFileSync } from 'node:fs';

/** Where the command writes: injected so tests capture output without spawning a process. */
export interface Io {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

/** Exit statuses of formats.md: 0 done, 1 the input is wrong, 2 usage error. */
export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

const USAGE = `用法：caibian <命令> [选项]

命令：
  --help, -h      显示本帮助
  --version, -v   显示版本号

退出状态：0 完成；1 输入有误（信息指明文件、工作表、行和列）；2 用法错误。
`;

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

/**
 * Runs the `caibian` command with `args` (without the node and script paths) and returns its exit status.
 *
 * @example
 * process.exitCode = await main(process.argv.slice(2), process);
 */
export async function main(args: readonly string[], io: Io): Promise<number> {
  const [command] = args;
  if (command === undefined || command === '--help' || command === '-h') {
    io.stdout.write(USAGE);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === '--version' || command === '-v') {
    io.stdout.write(`caibian ${version()}\n`);
    return EXIT.ok;
  }
  io.stderr.write(`未知命令“${command}”。\n\n${USAGE}`);
  return EXIT.usage;
}
