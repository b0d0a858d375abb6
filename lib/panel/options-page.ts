import { browser } from 'wxt/browser';

/** The options page's address, for the link's href (the click opens it the browser's way). */
export function optionsPageUrl(): string {
  return browser.runtime.getURL('/options.html');
}

/** Opens the options page (or focuses its tab when it is already open). */
export function openOptionsPage(): void {
  browser.runtime
    .openOptionsPage()
    .catch((error: unknown) => console.error('Replykit: could not open the options page', error));
}
