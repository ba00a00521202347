import { parseScheme } from '@caibian/core';
import type { SchemeRow } from '../../data/rows.ts';
import { presetOptions } from './schemeChoice.ts';
import type { SchemeOption } from './schemeOption.ts';

/**
 * Every preset, then the office's own schemes (their current revision; an invalid document is left out).
 *
 * @example
 * schemeOptions(await schemes.list())[0]; // { value: 'preset:lianyungang', label: '连云港市…（预置）', … }
 */
export function schemeOptions(own: readonly SchemeRow[]): SchemeOption[] {
  const mine = own.flatMap((row): SchemeOption[] => {
    const parsed = parseScheme(row.document);
    if (!parsed.ok) return [];
    return [
      {
        value: `own:${row.id}`,
        label: `${parsed.value.name}（本办，第${row.revision}版）`,
        ref: { key: `own:${row.id}:${row.revision}`, scheme: parsed.value },
      },
    ];
  });
  return [...presetOptions(), ...mine];
}
