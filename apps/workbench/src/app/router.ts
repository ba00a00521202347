import { useCallback, useEffect, useState } from 'react';
import { pathOfHash } from './pathOfHash.ts';

export { pathOfHash } from './pathOfHash.ts';

/**
 * Matches `path` against a pattern such as `/items/:id`; returns the decoded parameters, or `null`.
 *
 * @example
 * matchPath('/items/:id', '/items/A%201'); // { id: 'A 1' }
 */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i += 1) {
    const w = want[i] ?? '';
    const h = have[i] ?? '';
    if (w.startsWith(':')) {
      try {
        params[w.slice(1)] = decodeURIComponent(h);
      } catch {
        return null;
      }
    } else if (w !== h) return null;
  }
  return params;
}

/** Builds a hash link for a pattern and parameters: `hrefOf('/items/:id', { id: 'A1' })` → `#/items/A1`. */
export function hrefOf(pattern: string, params: Record<string, string> = {}): string {
  return `#${pattern.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''))}`;
}

/**
 * The current hash path and a function to go elsewhere. Hash routing needs no server support, so the
 * built app works from any static folder on an isolated network.
 */
export function useHashPath(): [string, (href: string) => void] {
  const [path, setPath] = useState(() => pathOfHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setPath(pathOfHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((href: string) => {
    window.location.hash = href.replace(/^#/, '');
  }, []);
  return [path, navigate];
}
