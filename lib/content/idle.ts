/**
 * Runs work when the page is idle, so scanning for composers never competes with scrolling a
 * feed. Falls back to a short timeout where requestIdleCallback is missing (Safari, tests).
 */
export function whenIdle(win: Window, work: () => void): () => void {
  if (typeof win.requestIdleCallback === 'function') {
    const handle = win.requestIdleCallback(work, { timeout: 500 });
    return () => win.cancelIdleCallback(handle);
  }
  const handle = win.setTimeout(work, 50);
  return () => win.clearTimeout(handle);
}
