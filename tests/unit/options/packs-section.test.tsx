// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PackSection } from '../../../components/PackSection';
import { newPackText } from '../../../lib/options/packs-model';
import { usePacksStore, type PacksStore } from '../../../lib/options/packs-store';
import { EMPTY_LIBRARY } from '../../../lib/packs/library';
import { NO_POLICY } from '../../../lib/packs/resolve';
import type { PackLibrary } from '../../../lib/packs/types';
import { packLibrary } from '../../../lib/settings/team-pack';
import { renderInDom } from '../components/dom';

function Live() {
  return <PackSection store={usePacksStore()} />;
}

const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

function typeInto(element: HTMLTextAreaElement | HTMLInputElement, value: string) {
  const proto = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement : HTMLInputElement;
  Object.getOwnPropertyDescriptor(proto.prototype, 'value')!.set!.call(element, value);
  element.dispatchEvent(new Event('input', { bubbles: true }));
}

const jsonBox = (root: HTMLElement) =>
  root.querySelector<HTMLTextAreaElement>('.pack-editor__textarea')!;
/** The editor opens on the form; these tests edit the JSON. */
const showJson = (view: ReturnType<typeof renderInDom>) =>
  view.act(() => view.button('JSON').click());
const status = (root: HTMLElement) =>
  root.querySelector('[data-testid="pack-editor-status"]')!.textContent;

function packText(name: string, extra: Record<string, unknown> = {}): string {
  const base = JSON.parse(
    newPackText({ ...EMPTY_LIBRARY, entries: [], assignments: [] }, 'empty', name),
  ) as object;
  return JSON.stringify({ ...base, ...extra }, null, 2);
}

// Rendering the whole section (with the form and the subscriptions) takes seconds on a busy machine.
describe('voice packs section', { timeout: 30_000 }, () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('creates a pack from the default, saves edits after a pause, and keeps the last good version in use while the text is broken', async () => {
    const view = renderInDom(<Live />);
    await view.act(() => settle());
    await view.act(() => view.button('New pack from the default').click());
    await view.act(() => settle());
    let stored = await packLibrary.getValue();
    expect(stored.entries).toHaveLength(1);
    const id = stored.entries[0]!.id;
    // The first pack written is the team's pack where no rule matches.
    expect(stored.fallback).toBe(id);
    expect(view.container.querySelector('[data-testid="pack-editor-heading"]')!.textContent).toBe(
      'Team voice 1.0.0',
    );
    expect(view.container.textContent).toContain('Created “Team voice”');

    await showJson(view);
    const good = jsonBox(view.container).value;
    const broken = good.replace('"version": "1.0.0"', '"version": "one"');
    await view.act(() => typeInto(jsonBox(view.container), broken));
    expect(status(view.container)).toBe(
      'Not valid — the team keeps using version 1.0.0 until this is fixed.',
    );
    const problems = view.container.querySelector(
      '[aria-label="Problems, with where they are in the pack"]',
    )!;
    expect(problems.querySelector('[data-path="version"]')!.textContent).toContain(
      'semantic version',
    );
    expect(jsonBox(view.container).getAttribute('aria-invalid')).toBe('true');
    expect(jsonBox(view.container).getAttribute('aria-describedby')).toBe(problems.id);
    await view.act(() => settle(400));
    stored = await packLibrary.getValue();
    const entry = stored.entries[0]!;
    expect(entry.kind === 'local' && [entry.text, entry.lastGood]).toEqual([broken, good]);

    // JSON that cannot be read: the form says so and the text is kept.
    await view.act(() => typeInto(jsonBox(view.container), '{ "id": '));
    expect(view.container.querySelector('[data-path="(root)"]')!.textContent).toMatch(
      /invalid JSON at line 1, column \d+/,
    );
    await view.act(() => view.button('Form').click());
    expect(view.container.textContent).toContain('its JSON cannot be read');
    await view.act(() => view.button('Back to JSON').click());
    expect(jsonBox(view.container).value).toBe('{ "id": ');
    view.unmount();
  });

  it('runs the pack’s examples on every edit, pass or fail with why', async () => {
    const examples = [
      { text: 'Hi Sam, I have sent a new one today.', expect: 'pass', customerName: 'Sam' },
      { text: 'Dear customer, sorry.', expect: { trips: ['brand.banned'] } },
    ];
    const text = packText('Tested', { examples });
    await packLibrary.setValue({
      entries: [{ id: 'p-1', kind: 'local', text, lastGood: text }],
      assignments: [],
      fallback: 'p-1',
    });
    const view = renderInDom(<Live />);
    await view.act(() => settle());
    await showJson(view);
    const summary = () => view.container.querySelector('[data-testid="pack-tests-summary"]')!;
    expect(summary().getAttribute('aria-live')).toBe('polite');
    expect(summary().textContent).toBe('1 of 2 pass');
    const failing = view.container.querySelector('[data-testid="pack-test"][data-passed="false"]')!;
    expect(failing.textContent).toContain('expected brand.banned to trip');
    // Ban the term: the second example passes too.
    const banned = packText('Tested', {
      examples,
      vocabulary: { banned: [{ term: 'dear customer', reason: 'use the name' }] },
    });
    await view.act(() => typeInto(jsonBox(view.container), banned));
    expect(summary().textContent).toBe('2 of 2 pass');
    view.unmount();
  });

  it('shows findings for a sample reply with the pack as edited', async () => {
    const text = packText('Preview', {
      vocabulary: { banned: [{ term: 'synergy', reason: 'jargon' }] },
    });
    await packLibrary.setValue({
      entries: [{ id: 'p-1', kind: 'local', text, lastGood: text }],
      assignments: [],
      fallback: 'p-1',
    });
    const view = renderInDom(<Live />);
    await view.act(() => settle());
    const reply = [...view.container.querySelectorAll('label')].find(
      (l) => l.textContent === 'Sample reply',
    )!;
    await view.act(() =>
      typeInto(
        document.getElementById(reply.htmlFor) as HTMLTextAreaElement,
        'Let us find synergy, Sam.',
      ),
    );
    const finding = view.container.querySelector(
      '[data-testid="pack-preview-findings"] [data-rule-id="brand.banned"]',
    );
    expect(finding?.querySelector('mark')?.textContent).toBe('synergy');
    view.unmount();
  });

  it('asks before deleting and says which rules go with the pack', async () => {
    const text = packText('Gone');
    await packLibrary.setValue({
      entries: [{ id: 'p-1', kind: 'local', text, lastGood: text }],
      assignments: [{ id: 'a-1', entry: 'p-1', platform: 'x', account: 'acme' }],
      fallback: 'p-1',
    });
    const view = renderInDom(<Live />);
    await view.act(() => settle());
    await view.act(() => view.button('Delete').click());
    const confirm = view.container.querySelector('.pack-delete')!;
    expect(confirm.textContent).toContain('Delete “Gone”?');
    expect(confirm.textContent).toContain('On X as @acme use Gone');
    expect(document.activeElement?.textContent).toBe('Keep it');
    await view.act(() => view.button('Delete the pack').click());
    await view.act(() => settle());
    expect(await packLibrary.getValue()).toEqual({
      entries: [],
      assignments: [],
      fallback: 'builtin',
    });
    expect(view.container.textContent).toContain('Deleted “Gone”.');
    view.unmount();
  });

  it('edits the assignment rules in order, first match wins', async () => {
    const text = packText('Ruled');
    await packLibrary.setValue({
      entries: [{ id: 'p-1', kind: 'local', text, lastGood: text }],
      assignments: [],
      fallback: 'builtin',
    });
    const view = renderInDom(<Live />);
    await view.act(() => settle());
    await view.act(() => view.button('New assignment rule').click());
    await view.act(() => settle());
    await view.act(() => view.button('New assignment rule').click());
    await view.act(() => settle());
    const platform = view.container.querySelector<HTMLSelectElement>(
      '[aria-label="Site for rule 1"]',
    )!;
    await view.act(() => {
      platform.value = 'linkedin';
      platform.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await view.act(() => settle());
    const account = view.container.querySelector<HTMLInputElement>(
      '[aria-label="Our account handle for rule 2 (empty: any account)"]',
    )!;
    await view.act(() => {
      typeInto(account, '@Acme_Help');
      account.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    });
    await view.act(() => settle());
    let rules = (await packLibrary.getValue()).assignments;
    expect(rules.map((r) => [r.platform, r.account, r.entry])).toEqual([
      ['linkedin', undefined, 'p-1'],
      [undefined, 'Acme_Help', 'p-1'],
    ]);
    await view.act(() => view.button('Move rule 2 up').click());
    await view.act(() => settle());
    rules = (await packLibrary.getValue()).assignments;
    expect(rules.map((r) => r.account)).toEqual(['Acme_Help', undefined]);
    await view.act(() => view.button('Remove rule 1').click());
    await view.act(() => settle());
    expect((await packLibrary.getValue()).assignments).toHaveLength(1);
    view.unmount();
  });

  it('a storage failure is said clearly and the stored packs stay as they were', async () => {
    const view = renderInDom(<Live />);
    await view.act(() => settle());
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    await view.act(() => view.button('New empty pack').click());
    await view.act(() => settle());
    expect(view.container.querySelector('[role="alert"]')!.textContent).toBe(
      'That change could not be saved (QUOTA_BYTES quota exceeded). The packs stay as they were.',
    );
    vi.restoreAllMocks();
    expect((await packLibrary.getValue()).entries).toEqual([]);
    view.unmount();
  });

  it('refuses an invalid import with its problems, and nothing is added', async () => {
    const view = renderInDom(<Live />);
    await view.act(() => settle());
    const input = view.container.querySelector<HTMLInputElement>('input[type="file"]')!;
    const file = new File(
      ['{"id":"x","name":"X","version":"1.0.0","languages":["xx"]}'],
      'bad.json',
    );
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await view.act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await settle(10);
    });
    const alert = view.container.querySelector('.pack-import__refusal')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('“bad.json” is not a valid voice pack');
    expect(alert.querySelector('[data-path="languages[0]"]')).not.toBeNull();
    expect((await packLibrary.getValue()).entries).toEqual([]);
    view.unmount();
  });

  it('locked by the administrator: read-only, a visible notice, no add, delete or assign controls', async () => {
    const text = packText('Org pack');
    const library: PackLibrary = {
      entries: [{ id: 'p-1', kind: 'local', text, lastGood: text }],
      assignments: [{ id: 'a-1', entry: 'p-1', platform: 'x' }],
      fallback: 'p-1',
    };
    const store: PacksStore = {
      world: {
        library,
        states: {},
        policy: { ...NO_POLICY, packUrls: [], problems: [], lockPacks: true },
        choice: null,
      },
      error: null,
      update: vi.fn(() => Promise.resolve(true)),
      clearError: () => {},
    };
    const view = renderInDom(<PackSection store={store} />);
    const lock = view.container.querySelector('[data-testid="packs-locked"]')!;
    expect(lock.getAttribute('role')).toBe('status');
    expect(lock.textContent).toContain('Set by your organisation');
    const names = [...view.container.querySelectorAll('button')].map((b) => b.textContent);
    for (const gone of [
      'New pack from the default',
      'New empty pack',
      'Delete',
      'Duplicate',
      'New assignment rule',
    ])
      expect(names).not.toContain(gone);
    expect(view.container.querySelector('input[type="file"]')).toBeNull();
    expect(view.container.querySelector('select[aria-label="Site for rule 1"]')).toBeNull();
    expect(view.container.textContent).toContain('On X as any account use Org pack');
    await showJson(view);
    expect(jsonBox(view.container).readOnly).toBe(true);
    expect(
      view.container.querySelector<HTMLSelectElement>('.packs__fallback select')!.disabled,
    ).toBe(true);
    expect(store.update).not.toHaveBeenCalled();
    view.unmount();
  });
});
