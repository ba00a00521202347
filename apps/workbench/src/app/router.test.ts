import { describe, expect, it } from 'vitest';
import { hrefOf, matchPath, pathOfHash } from './router.ts';

describe('hash routes', () => {
  it('reads the path of a hash, ignoring the query', () => {
    expect(pathOfHash('')).toBe('/');
    expect(pathOfHash('#/items/A1?tab=history')).toBe('/items/A1');
  });

  it('matches patterns with parameters and round-trips Chinese ids through links', () => {
    const href = hrefOf('/items/:id', { id: '宣汉-2024/03' });
    expect(matchPath('/items/:id', pathOfHash(href))).toEqual({ id: '宣汉-2024/03' });
    expect(matchPath('/items/:id', '/items')).toBeNull();
    expect(matchPath('/items', '/notes')).toBeNull();
  });
});
