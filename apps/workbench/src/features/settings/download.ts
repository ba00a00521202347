/** `YYYYMMDD` of a local date, for file names. */
export function compactDate(date: Date): string {
  return `${date.getFullYear()}${String(date.getMonth() + 1).padStart(2, '0')}${String(date.getDate()).padStart(2, '0')}`;
}

/** The name a backup is downloaded under: `采编台备份-20240305.json`. */
export function backupFileName(date: Date): string {
  return `采编台备份-${compactDate(date)}.json`;
}

/** Bytes for a person: `512 B`, `3.4 MB`, `1.2 GB`. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(value >= 100 ? 0 : 1)} ${units[unit]}`;
}

/**
 * Offers `data` as a download named `fileName` (a blob URL on a temporary link; no request leaves the
 * page, so it works under the app's Content-Security-Policy and offline).
 */
export function downloadFile(data: Blob | Uint8Array | string, fileName: string, type = 'application/octet-stream') {
  const blob = data instanceof Blob ? data : new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
