import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_PANEL_SETTINGS,
  panelSettings,
  parsePanelSettings,
  setupSettingsPersistence,
  type SettingsPersistence,
} from '../../../lib/settings';
import { createReplykitStore, type ReplykitStore } from '../../../lib/store/store';

const KEY = 'panelSettings';

async function stored(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(KEY))[KEY];
}

function settingsOf(store: ReplykitStore) {
  const { platform, language, agentInitials } = store.getState();
  return { platform, language, agentInitials };
}

describe('parsePanelSettings', () => {
  it('keeps a valid value as it is', () => {
    const value = { platform: 'bluesky', language: 'de', agentInitials: 'SR' };
    expect(parsePanelSettings(value)).toEqual({ settings: value, defaulted: [] });
  });

  it.each([null, undefined, 'x', 42, [], ['bluesky']])('gives the defaults for %j', (value) => {
    expect(parsePanelSettings(value).settings).toEqual(DEFAULT_PANEL_SETTINGS);
  });

  it('falls back field by field and says which fields', () => {
    expect(
      parsePanelSettings({ platform: 'bluesky', language: 'klingon', agentInitials: 42 }),
    ).toEqual({
      settings: { platform: 'bluesky', language: 'auto', agentInitials: '' },
      defaulted: ['language', 'agentInitials'],
    });
    expect(parsePanelSettings({ platform: 'myspace', agentInitials: 'SR' })).toEqual({
      settings: { platform: 'x', language: 'auto', agentInitials: 'SR' },
      defaulted: ['platform', 'language'],
    });
  });

  it('drops unknown fields and never keeps the customer name', () => {
    const { settings } = parsePanelSettings({
      platform: 'x',
      language: 'sv',
      agentInitials: 'JD',
      customerName: 'Sam',
      extra: true,
    });
    expect(settings).toEqual({ platform: 'x', language: 'sv', agentInitials: 'JD' });
  });
});

describe('setupSettingsPersistence', () => {
  let store: ReplykitStore;
  let persistence: SettingsPersistence | undefined;
  let warn: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    fakeBrowser.reset();
    store = createReplykitStore();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  afterEach(() => {
    persistence?.();
    persistence = undefined;
    warn.mockRestore();
  });

  it('keeps the defaults when nothing is stored, and writes nothing', async () => {
    persistence = setupSettingsPersistence(store);
    await persistence.ready;
    expect(settingsOf(store)).toEqual(DEFAULT_PANEL_SETTINGS);
    expect(await stored()).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });

  it('loads the saved settings into the store, leaving the rest alone', async () => {
    await fakeBrowser.storage.local.set({
      [KEY]: { platform: 'bluesky', language: 'de', agentInitials: 'SR' },
    });
    store.getState().setDraft('Hi');
    persistence = setupSettingsPersistence(store);
    await persistence.ready;
    expect(settingsOf(store)).toEqual({ platform: 'bluesky', language: 'de', agentInitials: 'SR' });
    expect(store.getState()).toMatchObject({ draft: 'Hi', customerName: '' });
    expect(warn).not.toHaveBeenCalled();
  });

  it('saves every change of platform, language and initials', async () => {
    persistence = setupSettingsPersistence(store);
    await persistence.ready;
    store.getState().setPlatform('bluesky');
    await vi.waitFor(async () =>
      expect(await stored()).toEqual({ platform: 'bluesky', language: 'auto', agentInitials: '' }),
    );
    store.getState().setLanguage('sv');
    store.getState().setAgentInitials('SR');
    await vi.waitFor(async () =>
      expect(await panelSettings.getValue()).toEqual({
        platform: 'bluesky',
        language: 'sv',
        agentInitials: 'SR',
      }),
    );
  });

  it('does not save the customer name or the draft', async () => {
    persistence = setupSettingsPersistence(store);
    await persistence.ready;
    const setSpy = vi.spyOn(panelSettings, 'setValue');
    store.getState().setCustomerName('Sam');
    store.getState().setDraft('Hi Sam');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(setSpy).not.toHaveBeenCalled();
    expect(await stored()).toBeUndefined();
    setSpy.mockRestore();
  });

  it('falls back to the defaults for a corrupt value, without throwing or overwriting it', async () => {
    await fakeBrowser.storage.local.set({ [KEY]: 'not settings' });
    persistence = setupSettingsPersistence(store);
    await expect(persistence.ready).resolves.toBeUndefined();
    expect(settingsOf(store)).toEqual(DEFAULT_PANEL_SETTINGS);
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/invalid platform, language, agentInitials/);
    expect(await stored()).toBe('not settings');
  });

  it('keeps the valid fields of a partly corrupt value', async () => {
    await fakeBrowser.storage.local.set({
      [KEY]: { platform: 'bluesky', language: 'klingon', agentInitials: { x: 1 } },
    });
    persistence = setupSettingsPersistence(store);
    await persistence.ready;
    expect(settingsOf(store)).toEqual({ platform: 'bluesky', language: 'auto', agentInitials: '' });
    expect(warn).toHaveBeenCalledOnce();
  });

  it('uses the defaults when storage cannot be read', async () => {
    const getSpy = vi.spyOn(panelSettings, 'getValue').mockRejectedValue(new Error('gone'));
    persistence = setupSettingsPersistence(store);
    await expect(persistence.ready).resolves.toBeUndefined();
    expect(settingsOf(store)).toEqual(DEFAULT_PANEL_SETTINGS);
    expect(warn).toHaveBeenCalledOnce();
    getSpy.mockRestore();
  });

  it('keeps a change made while loading, and saves it with the loaded rest', async () => {
    await fakeBrowser.storage.local.set({
      [KEY]: { platform: 'bluesky', language: 'de', agentInitials: 'SR' },
    });
    persistence = setupSettingsPersistence(store);
    store.getState().setLanguage('sv');
    await persistence.ready;
    const expected = { platform: 'bluesky', language: 'sv', agentInitials: 'SR' };
    expect(settingsOf(store)).toEqual(expected);
    await vi.waitFor(async () => expect(await stored()).toEqual(expected));
  });

  it('follows changes made in another panel without writing them back', async () => {
    persistence = setupSettingsPersistence(store);
    await persistence.ready;
    const setSpy = vi.spyOn(panelSettings, 'setValue');
    await fakeBrowser.storage.local.set({
      [KEY]: { platform: 'mastodon', language: 'en', agentInitials: 'AB' },
    });
    await vi.waitFor(() =>
      expect(settingsOf(store)).toEqual({
        platform: 'mastodon',
        language: 'en',
        agentInitials: 'AB',
      }),
    );
    expect(setSpy).not.toHaveBeenCalled();
    setSpy.mockRestore();
  });

  it('two panels stay in step through storage', async () => {
    const other = createReplykitStore();
    persistence = setupSettingsPersistence(store);
    const otherPersistence = setupSettingsPersistence(other);
    await Promise.all([persistence.ready, otherPersistence.ready]);
    other.getState().setAgentInitials('SR');
    await vi.waitFor(() => expect(store.getState().agentInitials).toBe('SR'));
    otherPersistence();
  });

  it('stops saving and following once unsubscribed', async () => {
    persistence = setupSettingsPersistence(store);
    await persistence.ready;
    persistence();
    store.getState().setPlatform('reddit');
    await fakeBrowser.storage.local.set({
      [KEY]: { platform: 'threads', language: 'en', agentInitials: '' },
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(store.getState().platform).toBe('reddit');
    expect(await stored()).toEqual({ platform: 'threads', language: 'en', agentInitials: '' });
  });
});
