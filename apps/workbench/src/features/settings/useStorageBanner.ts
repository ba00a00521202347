import { useEffect, useState } from 'react';
import type { VersionChange } from '../../data/health.ts';
import { useRepositories } from '../../data/RepositoriesContext.tsx';
import { onStorageFull, watchUnhandledStorageErrors } from './storageAlerts.ts';

/** What the shell must tell the user about storage: another tab upgraded, or the disk is full. */
export interface StorageBannerState {
  /** Why this page stopped using the database, once it has. */
  versionChange: VersionChange | null;
  storageFull: string | null;
  dismissStorageFull(): void;
}

/**
 * Follows `health.onVersionChange` (another tab opened a newer version) and full-disk failures reported by
 * any page or left unhandled. Works with partial repositories (focused tests): without `health` it only
 * follows the full-disk reports.
 */
export function useStorageBanner(): StorageBannerState {
  const { health } = useRepositories() as Partial<ReturnType<typeof useRepositories>>;
  const [versionChange, setVersionChange] = useState<VersionChange | null>(null);
  const [storageFull, setStorageFull] = useState<string | null>(null);
  useEffect(() => (health ? health.onVersionChange(setVersionChange) : undefined), [health]);
  useEffect(() => onStorageFull((error) => setStorageFull(error.message)), []);
  useEffect(() => watchUnhandledStorageErrors(window), []);
  return { versionChange, storageFull, dismissStorageFull: () => setStorageFull(null) };
}
