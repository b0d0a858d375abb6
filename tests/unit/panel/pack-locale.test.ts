import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { setupPackSync } from '../../../lib/panel/pack-sync';
import { BUILTIN_ENTRY } from '../../../lib/packs/types';
import { packLibrary } from '../../../lib/settings/team-pack';
import { createReplykitStore } from '../../../lib/store';
import { brokenPackText } from '../packs/helpers';
import { setTestUiLanguage } from '../setup';

let stop: (() => void) | undefined;

beforeEach(async () => {
  fakeBrowser.reset();
  const text = brokenPackText('Broken');
  await packLibrary.setValue({
    entries: [{ id: 'b', kind: 'local', text }],
    assignments: [],
    fallback: 'b',
  });
});

afterEach(() => {
  stop?.();
  stop = undefined;
  setTestUiLanguage('en');
});

it('the panel’s "pack invalid" state gets the problems in the panel’s language', async () => {
  setTestUiLanguage('de');
  const store = createReplykitStore();
  stop = setupPackSync(store);
  await vi.waitFor(() => expect(store.getState().packProblems.length).toBe(1));
  expect(store.getState().packEntry).toBe(BUILTIN_ENTRY);
  expect(store.getState().packProblems).toEqual([
    {
      path: 'id',
      message:
        'muss aus kleingeschriebenen Wörtern mit Bindestrichen dazwischen bestehen, z. B. "acme-care"',
    },
  ]);
});
