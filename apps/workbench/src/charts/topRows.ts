/**
 * The first `top` rows of a ranking, plus our unit's row when it ranks below them (so a chart of 2,000
 * units stays readable and still shows where we stand).
 */
export function topRowsWithOurs<T extends { readonly unitId: string }>(
  rows: readonly T[],
  top: number,
  ourUnitId?: string,
): T[] {
  const shown = rows.slice(0, top);
  if (ourUnitId && !shown.some((r) => r.unitId === ourUnitId)) {
    const ours = rows.find((r) => r.unitId === ourUnitId);
    if (ours) shown.push(ours);
  }
  return shown;
}
