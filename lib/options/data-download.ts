/**
 * Saves text as a file through a Blob URL and a link with `download`: no permission, no network,
 * and the browser's own download (Playwright sees it as a download event).
 */
export function downloadParts(fileName: string, parts: Iterable<string>, type: string): void {
  // Parts, not one string: a large backup is more text than one string may hold.
  const url = URL.createObjectURL(new Blob([...parts], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started reading the blob by the next task; the URL is not needed after.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
