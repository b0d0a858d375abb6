import { describe, expect, it } from 'vitest';
import { applyFixTo } from '../../../lib/store/draft-slice';
import { LANGUAGE_OPTIONS, PLATFORM_OPTIONS } from '../../../lib/store/options';
import { selectCheckContext } from '../../../lib/store/selectors';
import { createReplykitStore } from '../../../lib/store/store';
import { PLATFORM_IDS } from '../../../lib/platforms';

describe('applyFixTo', () => {
  it('replaces the range with the replacement', () => {
    expect(
      applyFixTo('We apologize.', { label: '', start: 3, end: 12, replacement: 'are sorry' }),
    ).toBe('We are sorry.');
  });

  it('refuses a range outside the text', () => {
    const fix = { label: '', start: 5, end: 20, replacement: 'x' };
    expect(applyFixTo('short', fix)).toBeNull();
    expect(applyFixTo('short', { ...fix, start: -1, end: 2 })).toBeNull();
    expect(applyFixTo('short', { ...fix, start: 3, end: 2 })).toBeNull();
  });
});

describe('the store', () => {
  it('starts empty on X with automatic language', () => {
    const store = createReplykitStore();
    expect(store.getState()).toMatchObject({
      draft: '',
      platform: 'x',
      language: 'auto',
      customerName: '',
    });
  });

  it('applies a fix and returns the caret after the replacement', () => {
    const store = createReplykitStore({ draft: 'Hi there, we apologize.' });
    const caret = store
      .getState()
      .applyFix({ label: 'Replace', start: 13, end: 22, replacement: 'are sorry' });
    expect(store.getState().draft).toBe('Hi there, we are sorry.');
    expect(caret).toBe(22);
  });

  it('leaves the draft alone when a fix no longer fits', () => {
    const store = createReplykitStore({ draft: 'Hi' });
    expect(store.getState().applyFix({ label: '', start: 4, end: 9, replacement: 'x' })).toBeNull();
    expect(store.getState().draft).toBe('Hi');
  });

  it('updates each setting on its own', () => {
    const store = createReplykitStore();
    const { setPlatform, setLanguage, setCustomerName, setDraft } = store.getState();
    setPlatform('linkedin');
    setLanguage('de');
    setCustomerName('Sam');
    setDraft('Hallo Sam');
    expect(store.getState()).toMatchObject({
      platform: 'linkedin',
      language: 'de',
      customerName: 'Sam',
      draft: 'Hallo Sam',
    });
  });
});

describe('selectCheckContext', () => {
  it('leaves out the language on auto, an empty name and empty initials', () => {
    const store = createReplykitStore({ customerName: '   ', agentInitials: ' ' });
    expect(selectCheckContext(store.getState())).toEqual({ platform: 'x' });
  });

  it('passes a chosen language, the trimmed name and the initials', () => {
    const store = createReplykitStore({
      language: 'sv',
      customerName: ' Sam ',
      platform: 'bluesky',
      agentInitials: ' SR ',
    });
    expect(selectCheckContext(store.getState())).toEqual({
      platform: 'bluesky',
      language: 'sv',
      customerName: 'Sam',
      agent: { initials: 'SR' },
    });
  });
});

describe('options', () => {
  it('offers every platform with a readable label', () => {
    expect(PLATFORM_OPTIONS.map((o) => o.value)).toEqual([...PLATFORM_IDS]);
    expect(PLATFORM_OPTIONS.find((o) => o.value === 'x')?.label).toBe('X');
    expect(PLATFORM_OPTIONS.find((o) => o.value === 'linkedin')?.label).toBe('LinkedIn');
  });

  it('offers Auto and the three languages by their own names', () => {
    expect(LANGUAGE_OPTIONS.map((o) => o.label)).toEqual(['Auto', 'English', 'Deutsch', 'Svenska']);
  });
});
