import { describe, expect, it } from 'vitest';
import {
  panelKeyAction,
  stepFinding,
  suggestionIndexOf,
  type KeyInput,
} from '../../../lib/panel/panel-keys';
import { disabledSiteOf, withGenericOrigin } from '../../../lib/panel/site-access';
import { DEFAULT_SITE_SETTINGS } from '../../../lib/settings/sites';

function key(k: string, extra: Partial<KeyInput> = {}): KeyInput {
  return {
    key: k,
    shiftKey: false,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    target: { tagName: 'BUTTON', isContentEditable: false } as unknown as EventTarget,
    ...extra,
  };
}

describe('the panel’s own keys', () => {
  it('1/2/3 insert, n / Shift+n move between findings, f applies the fix', () => {
    expect(panelKeyAction(key('1'))).toBe('insert-suggestion-1');
    expect(panelKeyAction(key('3'))).toBe('insert-suggestion-3');
    expect(panelKeyAction(key('n'))).toBe('next-finding');
    expect(panelKeyAction(key('N', { shiftKey: true }))).toBe('previous-finding');
    expect(panelKeyAction(key('f'))).toBe('apply-fix');
    expect(panelKeyAction(key('x'))).toBeNull();
    expect(suggestionIndexOf('insert-suggestion-2')).toBe(1);
    expect(suggestionIndexOf('apply-fix')).toBeNull();
  });

  it('leaves typing in fields and the browser’s modifier keys alone', () => {
    for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT']) {
      const target = { tagName, isContentEditable: false } as unknown as EventTarget;
      expect(panelKeyAction(key('1', { target }))).toBeNull();
    }
    expect(panelKeyAction(key('1', { altKey: true }))).toBeNull();
    expect(panelKeyAction(key('n', { ctrlKey: true }))).toBeNull();
  });

  it('steps through the findings and wraps around', () => {
    expect(stepFinding(-1, 3, 1)).toBe(0);
    expect(stepFinding(-1, 3, -1)).toBe(2);
    expect(stepFinding(2, 3, 1)).toBe(0);
    expect(stepFinding(0, 3, -1)).toBe(2);
    expect(stepFinding(5, 0, 1)).toBe(-1);
  });
});

describe('a site Replykit does not run on', () => {
  const base = { staticMatches: ['https://x.com/*'], granted: [], settings: DEFAULT_SITE_SETTINGS };

  it('is a web page outside the manifest and the user’s granted sites', () => {
    expect(disabledSiteOf('https://forum.example.com/t/1', base)).toEqual({
      origin: 'https://forum.example.com',
      host: 'forum.example.com',
    });
    expect(disabledSiteOf('https://x.com/home', base)).toBeNull();
    expect(disabledSiteOf('chrome://extensions/', base)).toBeNull();
    expect(disabledSiteOf('not a url', base)).toBeNull();
  });

  it('is enabled once it is both granted and in the settings', () => {
    const settings = withGenericOrigin(DEFAULT_SITE_SETTINGS, 'https://forum.example.com');
    expect(withGenericOrigin(settings, 'https://forum.example.com')).toBe(settings);
    const granted = ['https://forum.example.com/*'];
    expect(disabledSiteOf('https://forum.example.com/', { ...base, settings })).not.toBeNull();
    expect(disabledSiteOf('https://forum.example.com/', { ...base, granted })).not.toBeNull();
    expect(disabledSiteOf('https://forum.example.com/', { ...base, granted, settings })).toBeNull();
  });
});
