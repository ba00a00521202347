import { StorageFullError } from '../../data/errors.ts';

type Listener = (error: StorageFullError) => void;
const listeners = new Set<Listener>();

/** True for a {@link StorageFullError}, also after it crossed a worker or lost its prototype. */
export function isStorageFull(error: unknown): error is StorageFullError {
  return (
    error instanceof StorageFullError ||
    (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'StorageFullError')
  );
}

/**
 * Tells the shell that a write failed because the disk is full, so it shows the banner saying nothing
 * already saved was lost. Other errors are ignored. Pages call it in their `catch`; unhandled rejections
 * are caught by {@link watchUnhandledStorageErrors}.
 */
export function reportStorageError(error: unknown): void {
  if (!isStorageFull(error)) return;
  for (const listener of listeners) listener(error);
}

/** Subscribes to reported full-disk failures; returns the unsubscribe function. */
export function onStorageFull(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Reports full-disk failures nobody caught (a rejected promise of any page); returns the cleanup. */
export function watchUnhandledStorageErrors(target: Pick<Window, 'addEventListener' | 'removeEventListener'>) {
  const onRejection = (event: PromiseRejectionEvent) => reportStorageError(event.reason);
  target.addEventListener('unhandledrejection', onRejection);
  return () => target.removeEventListener('unhandledrejection', onRejection);
}
