import type { Command } from '../io.ts';
import { bulletinCommand } from './bulletin.ts';
import { lintCommand } from './lint.ts';
import { matchCommand } from './match.ts';

/**
 * Every subcommand of `caibian`. A new command is a module in this folder exporting a {@link Command},
 * added to this list.
 */
export const COMMANDS: readonly Command[] = [matchCommand, lintCommand, bulletinCommand];
