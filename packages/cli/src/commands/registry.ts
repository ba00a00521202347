import type { Command } from '../io.ts';
import { bulletinCommand } from './bulletin.ts';
import { lintCommand } from './lint.ts';
import { matchCommand } from './match.ts';
import { presetsCommand } from './presets.ts';
import { schemeCheckCommand } from './schemeCheck.ts';
import { scoreCommand } from './score.ts';

/**
 * Every subcommand of `caibian`, in the order `caibian --help` lists them. A new command is a module in
 * this folder exporting a {@link Command}, added to this list.
 */
export const COMMANDS: readonly Command[] = [
  scoreCommand,
  presetsCommand,
  schemeCheckCommand,
  matchCommand,
  lintCommand,
  bulletinCommand,
];
