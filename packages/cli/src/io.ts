/** Where a command writes: injected so tests capture output without spawning a process. */
export interface Io {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** The directory relative paths are read from. Default: `process.cwd()`. */
  readonly cwd?: string;
}

/** Exit statuses of formats.md: 0 done, 1 the input is wrong, 2 usage error. */
export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

/** A usage error: the message is printed with the command's usage, and the exit status is 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** One subcommand of `caibian`. */
export interface Command {
  /** The words that select it, e.g. `['scheme', 'check']`. */
  readonly name: readonly string[];
  /** One line of Chinese shown in `caibian --help`. */
  readonly summary: string;
  /** The usage line(s), in Chinese, e.g. `caibian lint <文件> [--format json]`. */
  readonly usage: string;
  /** Runs with the arguments after the name; returns the exit status. */
  run(args: readonly string[], io: Io): Promise<number>;
}
