import { PRESETS } from '@caibian/core';
import type { SchemeRow } from '../../data/rows.ts';
import type { SchemeOption } from './schemeOption.ts';

/**
 * The presets as options. Apart from `schemeOption.ts` (the option type, `findScheme`, `draftRef`), so that
 * the 排名 page loads the presets beside the worker's first answer rather than with its own code.
 */

/** Every preset, as options (`preset:<id>`). */
export function presetOptions(): SchemeOption[] {
  return PRESETS.map((scheme) => ({
    value: `preset:${scheme.id}`,
    label: `${scheme.name}（预置）`,
    ref: { key: `preset:${scheme.id}`, scheme },
  }));
}

/**
 * Every preset, then the office's own schemes (see `schemeOptions` in ownSchemeOptions.ts). The schemes'
 * validation (zod) is loaded only when the office has schemes of its own, so the 排名 page's first screen
 * does not wait for it.
 */
export async function loadSchemeOptions(own: readonly SchemeRow[]): Promise<SchemeOption[]> {
  if (own.length === 0) return presetOptions();
  const { schemeOptions } = await import('./ownSchemeOptions.ts');
  return schemeOptions(own);
}
