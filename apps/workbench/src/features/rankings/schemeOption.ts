import type { Scheme } from '@caibian/core';
import type { SchemeRef } from '../../workers/rankingTypes.ts';

/** A scheme the pages can rank with: a preset or one of the office's own (valid) schemes. */
export interface SchemeOption {
  /** `preset:<id>` or `own:<id>`. */
  readonly value: string;
  readonly label: string;
  readonly ref: SchemeRef;
}

/**
 * The option for a saved setting: `own:<id>` / `preset:<id>`, or a bare id as the settings key `scheme`
 * holds it (an own scheme of that id first, then the preset); the first option when nothing matches.
 */
export function findScheme(options: readonly SchemeOption[], setting: string): SchemeOption {
  const found =
    options.find((o) => o.value === setting) ??
    options.find((o) => o.value === `own:${setting}`) ??
    options.find((o) => o.value === `preset:${setting}`);
  return found ?? (options[0] as SchemeOption);
}

/** A cache key for a scheme being edited: equal content gives an equal key. */
export function draftRef(scheme: Scheme): SchemeRef {
  const text = JSON.stringify(scheme);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return { key: `draft:${hash.toString(36)}:${text.length}`, scheme };
}
