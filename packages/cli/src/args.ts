import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './io.ts';

/**
 * Parses a command's arguments with Node's `parseArgs`, turning its English errors into Chinese
 * {@link UsageError}s (exit status 2).
 */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  args: readonly string[],
  options: T,
): ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>> {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '([^']+)'/.exec(message);
    if (unknown) throw new UsageError(`未知选项“${unknown[1]}”。`);
    const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(message);
    if (missing) throw new UsageError(`选项“${missing[1]}”后缺少取值。`);
    throw new UsageError(`参数有误：${message}`);
  }
}

/** One of `allowed`, or a usage error naming the option. */
export function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${name} 只能是 ${allowed.join('、')} 之一，而不是“${value}”。`);
}
