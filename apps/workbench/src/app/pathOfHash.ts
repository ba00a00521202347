/**
 * The path of a location hash: `#/items/A1?x=1` → `/items/A1`; an empty hash is `/`. Free of React, so the
 * app's first script (`boot.ts`) can use it.
 */
export function pathOfHash(hash: string): string {
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  return path.startsWith('/') ? path : `/${path}`;
}
