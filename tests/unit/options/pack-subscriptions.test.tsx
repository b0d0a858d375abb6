// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PackSubscriptionsView } from '../../../components/PackSubscriptions';
import { setupPackSubscriptions } from '../../../lib/background/pack-subscriptions';
import { addSubscription, withPinned } from '../../../lib/packs/library';
import { usePackSubscriptions } from '../../../lib/options/use-pack-subscriptions';
import { NO_POLICY } from '../../../lib/packs/resolve';
import type { ManagedPolicy } from '../../../lib/packs/types';
import { packLibrary, packSubscriptions } from '../../../lib/settings/team-pack';
import { renderInDom } from '../components/dom';
import { json, V1, V2, V3_BROKEN } from '../packs/subscription-packs';

const URL_ = 'https://packs.example.com/acme.json';
const POLICY: ManagedPolicy = { ...NO_POLICY, packUrls: [], problems: [] };

/** The pack file on the server, as the background's fetch sees it. */
let served = json(V1);
/** Whether the server lets the extension read it (off: as a server without CORS, unasked host). */
let readable = true;
const network = () =>
  readable
    ? Promise.resolve(new Response(served, { status: 200 }))
    : Promise.reject(new TypeError('Failed to fetch'));
let background: ReturnType<typeof setupPackSubscriptions>;
let view: ReturnType<typeof renderInDom> | undefined;

/**
 * PackSubscriptions with its messages to the background handed to it directly: WXT's fake
 * browser does not deliver runtime messages within one context (the protocol's own test and
 * the e2e test cover the way through messaging).
 */
function Subscriptions({ policy }: { policy: ManagedPolicy }) {
  const api = usePackSubscriptions();
  return (
    <PackSubscriptionsView
      policy={policy}
      api={{
        ...api,
        checkNow: (entry) => background.check(entry),
        applyAvailable: (entry) => background.applyAvailable(entry),
      }}
    />
  );
}

function render(policy: ManagedPolicy = POLICY) {
  view = renderInDom(<Subscriptions policy={policy} />);
  return view;
}

const text = (selector: string) =>
  [...view!.container.querySelectorAll(selector)].map((node) => node.textContent);

async function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  await view!.act(() => {
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function submit() {
  const form = view!.container.querySelector('form')!;
  await view!.act(() => form.requestSubmit());
}

/** Waits for the storage watchers and React to catch up. */
async function settle(check: () => void) {
  await vi.waitFor(async () => {
    await view!.act(() => new Promise((resolve) => setTimeout(resolve, 5)));
    check();
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  served = json(V1);
  readable = true;
  background = setupPackSubscriptions({ fetch: network });
});
afterEach(() => {
  view?.unmount();
  view = undefined;
  background.stop();
  fakeBrowser.reset();
});

describe('PackSubscriptions', () => {
  it('shows a wrong address at the field and subscribes to none', async () => {
    render();
    const input = view!.container.querySelector('input')!;
    await type(input, 'http://intranet.example.com/pack.json');
    await submit();
    const error = view!.container.querySelector('[role="alert"]')!;
    expect(error.textContent).toBe(
      'Plain http:// is allowed only for this computer (localhost). Use https:// for intranet.example.com.',
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(error.id);
    await type(input, 'not an address');
    expect(view!.container.querySelector('[role="alert"]')).toBeNull();
    await submit();
    expect(view!.container.querySelector('[role="alert"]')!.textContent).toBe(
      '“not an address” is not a web address. Write it as https://…',
    );
    expect((await packLibrary.getValue()).entries).toEqual([]);
  });

  it('asks for the host in the submit, subscribes even when refused, and shows the pack in use', async () => {
    const request = vi.fn(() => Promise.resolve(false));
    fakeBrowser.permissions.request = request as typeof fakeBrowser.permissions.request;
    render();
    await type(view!.container.querySelector('input')!, `  ${URL_}  `);
    await submit();
    expect(request).toHaveBeenCalledWith({ origins: ['https://packs.example.com/*'] });
    await settle(() =>
      expect(text('.pack-subs__in-use')[0]).toMatch(/^Acme care 1\.0\.0 in use · Last checked /),
    );
    const library = await packLibrary.getValue();
    expect(library.entries).toMatchObject([{ kind: 'subscription', url: URL_, pinned: false }]);
    // The first pack subscribed to, with no default of the user's own, is the default.
    expect(library.fallback).toBe(library.entries[0]!.id);
    expect(text('.pack-subs__notice')).toEqual([
      'Replykit was not given access to packs.example.com. It will still try, but that works only if the server allows requests from other sites (CORS).',
    ]);
    expect(text('.pack-subs__change p')).toEqual(['Version 1.0.0 downloaded']);

    // The same address again is refused at the field.
    await type(view!.container.querySelector('input')!, URL_);
    await submit();
    expect(view!.container.querySelector('[role="alert"]')!.textContent).toBe(
      'You already subscribe to this address.',
    );
  });

  it('a subscription does not replace a default the user already chose', async () => {
    await packLibrary.setValue({
      entries: [{ id: 'p-own', kind: 'local', text: json(V1), lastGood: json(V1) }],
      assignments: [],
      fallback: 'p-own',
    });
    render();
    await type(view!.container.querySelector('input')!, URL_);
    await submit();
    await settle(() => expect(text('.pack-subs__in-use')).toHaveLength(1));
    const library = await packLibrary.getValue();
    expect(library.entries.map((entry) => entry.kind)).toEqual(['local', 'subscription']);
    expect(library.fallback).toBe('p-own');
  });

  it('a download that failed offers access to the host from a click, then checks again', async () => {
    const request = vi.fn(() => Promise.resolve(false));
    fakeBrowser.permissions.request = request as typeof fakeBrowser.permissions.request;
    readable = false;
    render();
    await type(view!.container.querySelector('input')!, URL_);
    await submit();
    const allow = () =>
      [...view!.container.querySelectorAll('button')].find(
        (b) => b.textContent === 'Give Replykit access to packs.example.com and try again',
      );
    await settle(() => expect(allow()).toBeDefined());
    expect(text('.pack-subs__in-use')[0]).toMatch(/^No version downloaded yet/);

    // Refused: nothing changes, the note says what that means.
    await view!.act(() => allow()!.click());
    expect(request).toHaveBeenLastCalledWith({ origins: ['https://packs.example.com/*'] });
    await settle(() => expect(text('.pack-subs__notice')[0]).toMatch(/was not given access/));

    // Granted (the server is now read with the host's access): the pack arrives.
    request.mockImplementation(() => Promise.resolve(true));
    readable = true;
    await view!.act(() => allow()!.click());
    await settle(() => expect(text('.pack-subs__in-use')[0]).toMatch(/^Acme care 1\.0\.0 in use/));
    expect(allow()).toBeUndefined();
  });

  it('Check now: says what happened, lists the changes, and why a broken update was refused', async () => {
    const { library } = addSubscription(await packLibrary.getValue(), URL_);
    await packLibrary.setValue(library);
    render();
    await settle(() => expect(text('.pack-subs__in-use')[0]).toMatch(/^Acme care 1\.0\.0 in use/));

    served = json(V2);
    await view!.act(() => view!.button(`Check now: ${URL_}`).click());
    await settle(() =>
      expect(text('[role="status"]')).toEqual([`${URL_}: version 2.0.0 is now in use.`]),
    );
    expect(text('.pack-subs__change p')).toEqual(['Updated 1.0.0 → 2.0.0']);
    expect(text('.pack-subs__changes li')).toEqual([
      'Version 1.0.0 → 2.0.0',
      'Product name added: “Kettle Pro”',
      'Banned term added: “ASAP” (say when)',
    ]);

    served = json(V3_BROKEN);
    await view!.act(() => view!.button(`Check now: ${URL_}`).click());
    await settle(() =>
      expect(text('[role="status"]')).toEqual([
        `${URL_}: the update was refused because it is not a valid voice pack.`,
      ]),
    );
    expect(text('.pack-subs__failure p')).toEqual([
      'Update to 3.0 refused because it is not a valid voice pack. Still using version 2.0.0.',
    ]);
    const problems = text('.pack-subs__problems li');
    expect(problems.some((p) => p!.startsWith('version: '))).toBe(true);
    expect(problems.some((p) => p!.startsWith('overrides["brand.no-such-rule"]: '))).toBe(true);
    expect(text('.pack-subs__in-use')[0]).toMatch(/^Acme care 2\.0\.0 in use/);
  });

  it('pins, offers the waiting version, and takes it on request', async () => {
    const added = addSubscription(await packLibrary.getValue(), URL_);
    await packLibrary.setValue(added.library);
    render();
    await settle(() => expect(text('.pack-subs__in-use')[0]).toMatch(/1\.0\.0 in use/));
    await view!.act(() => view!.button(`Pin this version: ${URL_}`).click());
    await settle(() => expect(text('.pack-subs__badge')).toEqual(['Pinned']));

    served = json(V2);
    await view!.act(() => view!.button(`Check now: ${URL_}`).click());
    await settle(() => expect(text('.pack-subs__available p')).toEqual(['2.0.0 available:']));
    expect(text('.pack-subs__in-use')[0]).toMatch(/1\.0\.0 in use/);
    expect(text('.pack-subs__available li')).toContain('Banned term added: “ASAP” (say when)');
    await view!.act(() => view!.button('Use 2.0.0').click());
    await settle(() => expect(text('.pack-subs__in-use')[0]).toMatch(/2\.0\.0 in use/));
    expect(text('[role="status"]')).toEqual(['Version 2.0.0 is now in use.']);
    expect((await packLibrary.getValue()).entries[0]).toMatchObject({ pinned: true });
  });

  it('a managed subscription is locked; a locked policy offers no form', async () => {
    const added = addSubscription(await packLibrary.getValue(), URL_, true);
    await packLibrary.setValue(withPinned(added.library, added.id, false));
    render({ ...POLICY, lockPacks: true });
    await settle(() => expect(text('.pack-subs__in-use')[0]).toMatch(/1\.0\.0 in use/));
    expect(view!.container.querySelector('form')).toBeNull();
    expect(text('.pack-subs__locked')[0]).toContain('Your organisation manages the packs');
    expect(text('.pack-subs__badge--managed')[0]).toContain('Set by your organisation');
    const buttons = [...view!.container.querySelectorAll('.pack-subs__item button')].map(
      (b) => b.textContent,
    );
    expect(buttons).toEqual(['Check now']);
    expect(await packSubscriptions.getValue()).toHaveProperty(added.id);
  });
});
