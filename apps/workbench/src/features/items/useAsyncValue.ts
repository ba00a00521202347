import { type DependencyList, useCallback, useEffect, useState } from 'react';

/** The state of an asynchronous load. */
export interface AsyncValue<T> {
  readonly value: T | undefined;
  readonly error: unknown;
  readonly loading: boolean;
  /** Loads again (after a write). */
  readonly reload: () => void;
}

/**
 * Runs `load` when `deps` change (and on `reload`), keeping only the latest result: a thin adapter from a
 * repository call to React state.
 */
export function useAsyncValue<T>(load: () => Promise<T>, deps: DependencyList): AsyncValue<T> {
  const [state, setState] = useState<{ value: T | undefined; error: unknown; loading: boolean }>({
    value: undefined,
    error: undefined,
    loading: true,
  });
  const [generation, setGeneration] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps decide when to load
  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (value) => {
        if (current) setState({ value, error: undefined, loading: false });
      },
      (error: unknown) => {
        if (current) setState((s) => ({ ...s, error, loading: false }));
      },
    );
    return () => {
      current = false;
    };
  }, [...deps, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}
