import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Extension } from './extension';

/** The part of the extension API the test reads in the page. */
interface PageGlobals {
  chrome: { storage: { local: { get: (key: string) => Promise<Record<string, unknown>> } } };
}

describe('side panel settings', () => {
  let extension: Extension;

  beforeAll(async () => {
    extension = await launchExtension();
  });

  afterAll(async () => {
    await extension?.close();
  });

  it('keeps platform, language and initials across a reload, but not the customer name', async () => {
    const panel = await extension.context.newPage();
    panel.setDefaultTimeout(5_000);
    await panel.goto(extension.url('sidepanel.html'));
    const platform = panel.getByRole('combobox', { name: 'Platform' });
    const language = panel.getByRole('combobox', { name: 'Language' });
    const initials = panel.getByRole('textbox', { name: /^Your initials/ });
    expect(await platform.inputValue()).toBe('x');

    await initials.fill('SR');
    await platform.selectOption({ label: 'Bluesky' });
    await language.selectOption({ label: 'Deutsch' });
    await panel.getByLabel('Customer’s name').fill('Sam');
    // The write is asynchronous: wait until it reached storage before reloading.
    await panel.waitForFunction(async () => {
      const { chrome } = globalThis as unknown as PageGlobals;
      const { panelSettings } = await chrome.storage.local.get('panelSettings');
      return (panelSettings as { language?: string } | undefined)?.language === 'de';
    });

    await panel.reload();
    await panel.getByRole('heading', { level: 1, name: 'Replykit' }).waitFor();
    expect(await initials.inputValue()).toBe('SR');
    expect(await platform.inputValue()).toBe('bluesky');
    expect(await language.inputValue()).toBe('de');
    expect(await panel.getByLabel('Customer’s name').inputValue()).toBe('');
    await panel.close();
  });
});
