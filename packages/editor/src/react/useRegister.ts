import type { LexicalEditor } from 'lexical';
import { type DependencyList, useEffect, useRef } from 'react';

/**
 * Runs a `registerX(editor) => cleanup` feature for as long as the component is mounted and the editor
 * exists; the only thing the editor's React plugins do.
 */
export function useRegister(
  editor: LexicalEditor | null,
  register: (editor: LexicalEditor) => () => void,
  deps: DependencyList,
): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller lists what `register` depends on
  useEffect(() => (editor ? register(editor) : undefined), [editor, ...deps]);
}

/** A ref that always holds the latest value: callbacks from props without re-registering features. */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}
