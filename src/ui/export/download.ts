/**
 * Saves a Blob as a file through a temporary `<a download>` (no new window, no inline script; the
 * object URL is a `blob:` of this origin). The URL is revoked once the browser has taken it.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The MIME types of the app's exports. */
export const MIME = {
  png: 'image/png',
  svg: 'image/svg+xml',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
} as const;
