/**
 * Errors of the storage boundary. IndexedDB and Dexie errors are mapped here into named errors with Chinese
 * messages a user can act on; every repository function is wrapped by {@link withStorageErrors}.
 */

/** Base of the storage errors the interface shows to the user. */
export class StorageError extends Error {
  override name = 'StorageError';
}

/** The browser refused to store more (QuotaExceededError). The change was not saved; nothing earlier is lost. */
export class StorageFullError extends StorageError {
  override name = 'StorageFullError';
  constructor(options?: { cause?: unknown }) {
    super(
      '存储空间已满，这次的更改没有保存；之前已保存的内容都还在，不会丢失。请先导出备份，再删除不需要的数据或清理浏览器存储空间后重试。',
      options,
    );
  }
}

/** Another tab opened a newer version of the workbench; this page must be reloaded to keep working. */
export class VersionChangedError extends StorageError {
  override name = 'VersionChangedError';
  constructor(options?: { cause?: unknown }) {
    super(
      '采编台已在另一个标签页中更新到新版本，本页已暂停读写数据。请刷新页面后继续，已保存的内容不会丢失。',
      options,
    );
  }
}

const QUOTA_NAMES = new Set(['QuotaExceededError']);
const VERSION_NAMES = new Set(['VersionError', 'VersionChangedError']);

/** Every error in `error`'s chain: itself, Dexie's `inner`, `cause`, and a bulk error's `failures`. */
function* errorChain(error: unknown, depth = 0): Generator<unknown> {
  if (error === null || error === undefined || depth > 8) return;
  yield error;
  if (typeof error !== 'object') return;
  const e = error as { inner?: unknown; cause?: unknown; failures?: unknown };
  yield* errorChain(e.inner, depth + 1);
  yield* errorChain(e.cause, depth + 1);
  if (Array.isArray(e.failures)) for (const failure of e.failures) yield* errorChain(failure, depth + 1);
}

function nameOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const name = (error as { name?: unknown }).name;
  return typeof name === 'string' ? name : undefined;
}

/**
 * Maps an error thrown by IndexedDB or Dexie into a {@link StorageError} when it is one the user can act on:
 * a full disk (also when it arrives as `err.inner` or inside a bulk error) becomes {@link StorageFullError},
 * a newer schema opened elsewhere becomes {@link VersionChangedError}. Anything else is returned unchanged.
 */
export function mapStorageError(error: unknown): unknown {
  if (error instanceof StorageError) return error;
  for (const link of errorChain(error)) {
    const name = nameOf(link);
    if (name && QUOTA_NAMES.has(name)) return new StorageFullError({ cause: error });
  }
  for (const link of errorChain(error)) {
    const name = nameOf(link);
    if (name && VERSION_NAMES.has(name)) return new VersionChangedError({ cause: error });
  }
  return error;
}

/** Runs `work`, rethrowing its failure through {@link mapStorageError}. */
export async function guardStorage<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw mapStorageError(error);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: any function's arguments pass through unchanged.
type AsyncFunctions<T> = { [K in keyof T]: (...args: any[]) => Promise<unknown> };

/**
 * Wraps every function of a repository so that its IndexedDB errors reach callers as named
 * {@link StorageError}s. When `isStale()` is true (another tab opened a newer version), every call fails
 * with {@link VersionChangedError} before touching the database. The repository's type is unchanged.
 *
 * @example
 * const units = withStorageErrors(createUnitsRepository(db));
 */
export function withStorageErrors<T extends AsyncFunctions<T>>(repository: T, isStale: () => boolean = () => false): T {
  const wrapped: Record<string, unknown> = {};
  for (const [key, fn] of Object.entries(repository) as [string, (...args: unknown[]) => Promise<unknown>][]) {
    wrapped[key] = (...args: unknown[]) =>
      isStale() ? Promise.reject(new VersionChangedError()) : guardStorage(() => fn(...args));
  }
  return wrapped as T;
}
