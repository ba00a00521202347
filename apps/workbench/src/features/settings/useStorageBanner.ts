import { useEffect, useState } from 'react';
import { useRepositories } from '../../data/RepositoriesContext.tsx';
import { onStorageFull, watchUnhandledStorageErrors } from './storageAlerts.ts';

/** What the shell must tell the user about storage: another tab upgraded, or the disk is full. */
export interface StorageBannerState {
  versionChanged: boolean;
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
  const [versionChanged, setVersionChanged] = useState(false);
  const [storageFull, setStorageFull] = useState<string | null>(null);
  useEffect(() => (health ? health.onVersionChange(() => setVersionChanged(true)) : undefined), [health]);
  useEffect(() => onStorageFull((error) => setStorageFull(error.message)), []);
  useEffect(() => watchUnhandledStorageErrors(window), []);
  return { versionChanged, storageFull, dismissStorageFull: () => setStorageFull(null) };
}
