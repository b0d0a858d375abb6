import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { editorRoot } from '../editors/detect';
import { insertText, readEditorText } from '../editors';
import {
  onMessage,
  sendFromContent,
  type ApplyFix,
  type EditResult,
  type InsertText,
} from '../messaging/protocol';
import { findSendButton, readContext } from '../sites/read';
import type { AdapterError, ComposerContext, SiteAdapter } from '../sites/types';
import { createBadge, type BadgeView } from './badge';
import { whenIdle } from './idle';
import { createComposerScanner } from './scanner';
import { createSendDetector, type SendDetector } from './send-detector';

interface ActiveComposer {
  id: string;
  element: HTMLElement;
  context: ComposerContext;
  text: string;
  detector: SendDetector;
  observer: MutationObserver;
  badge: BadgeView;
}

/** A user deletion this recent explains an empty composer; the site emptying it means "sent". */
const USER_EDIT_WINDOW_MS = 1000;
/** Draft updates to the panel are coalesced; the check runs there, once per burst of typing. */
const DRAFT_DEBOUNCE_MS = 120;

function send(...args: Parameters<typeof sendFromContent>): void {
  // Nobody listening (panel closed) is normal; an invalidated context is handled by WXT.
  sendFromContent(...args).catch(() => undefined);
}

function reportErrors(errors: readonly AdapterError[], composerId: string, url: string): void {
  for (const error of errors) send('adapterError', { ...error, composerId, url });
}

/**
 * The content script's work on one page: notices composers, follows the one being written in,
 * mirrors its draft to the side panel, puts text in when the panel asks, and sees the send.
 * Every listener goes through `ctx`, so an extension update or reload removes them all.
 */
export function setupContentScript(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  const doc = document;
  const win = window;
  const ids = new WeakMap<Element, string>();
  let nextId = 1;
  let active: ActiveComposer | undefined;
  let lastUserEditAt = 0;
  let draftTimer: number | undefined;

  const idOf = (element: Element): string => {
    let id = ids.get(element);
    if (!id) {
      id = `c${nextId++}`;
      ids.set(element, id);
    }
    return id;
  };

  const badge = createBadge(doc, () => {
    if (active) send('openPanel', { composerId: active.id });
  });

  function deactivate(): void {
    if (!active) return;
    active.observer.disconnect();
    send('composerInactive', { composerId: active.id });
    active = undefined;
    badge.hide();
  }

  function syncDraft(): void {
    if (!active) return;
    const text = readEditorText(active.element);
    if (text === active.text) return;
    active.text = text;
    active.detector.textChanged(text, Date.now() - lastUserEditAt < USER_EDIT_WINDOW_MS);
    send('draftChanged', { composerId: active.id, text });
  }

  function scheduleDraftSync(): void {
    if (draftTimer !== undefined) win.clearTimeout(draftTimer);
    draftTimer = ctx.setTimeout(() => {
      draftTimer = undefined;
      syncDraft();
    }, DRAFT_DEBOUNCE_MS);
  }

  /** (Re)tells the panel about the active reply box: a panel that let go follows it again. */
  function announce(): void {
    if (!active) return;
    active.text = readEditorText(active.element);
    send('composerActive', { composerId: active.id, context: active.context, draft: active.text });
  }

  function activate(element: HTMLElement): void {
    if (active?.element === element) {
      announce();
      return;
    }
    const result = readContext(adapter, element, doc);
    if (!result) return;
    deactivate();
    const id = idOf(element);
    reportErrors(result.errors, id, doc.location.href);
    if (result.context.layout === 'generic' && adapter.id !== 'generic') {
      send('layoutNotRecognized', { platform: adapter.id, url: doc.location.href, composerId: id });
    }
    const context = result.context;
    const detector = createSendDetector((text, via) =>
      send('replySent', {
        composerId: id,
        text,
        // A SPA navigation may have re-read the context since this composer became active.
        context: active?.id === id ? active.context : context,
        via,
      }),
    );
    // Draft.js and Lexical render their own DOM without `input` events: watch the editor itself.
    const observer = new MutationObserver(scheduleDraftSync);
    observer.observe(element, { childList: true, characterData: true, subtree: true });
    const text = readEditorText(element);
    active = { id, element, context, text, detector, observer, badge: {} };
    detector.textChanged(text, true);
    badge.show(element, active.badge);
    send('composerActive', { composerId: id, context, draft: text });
  }

  function composerOf(target: EventTarget | null): HTMLElement | undefined {
    if (!(target instanceof Element) || badge.host.contains(target)) return undefined;
    // Only the editor or something inside it: editorRoot also resolves a wrapper to the one
    // editor in it, and with nothing focused the active element is <body>, the page's wrapper.
    const root = editorRoot(target);
    return root?.contains(target) ? root : undefined;
  }

  function resolveTarget(composerId: string | undefined): ActiveComposer | undefined {
    if (!active || !active.element.isConnected) return undefined;
    return composerId === undefined || composerId === active.id ? active : undefined;
  }

  async function insertInto(data: InsertText): Promise<EditResult> {
    const target = resolveTarget(data.composerId);
    if (!target) return { ok: false, error: 'no-composer' };
    const result = await insertText(target.element, data.text, { mode: data.mode });
    syncDraft();
    // The panel that asked may have let go of this box; the box is being written in again.
    // (Focusing it is not enough to say so: a background tab gets no focus events.)
    if (result.ok) announce();
    return result.ok
      ? { ok: true, text: result.text }
      : { ok: false, error: 'insert-failed', message: result.error };
  }

  async function applyFix(data: ApplyFix): Promise<EditResult> {
    const target = resolveTarget(data.composerId);
    if (!target) return { ok: false, error: 'no-composer' };
    const current = readEditorText(target.element);
    if (current !== data.expected) return { ok: false, error: 'stale-draft' };
    if (data.start < 0 || data.end < data.start || data.end > current.length) {
      return { ok: false, error: 'out-of-range' };
    }
    const fixed = current.slice(0, data.start) + data.replacement + current.slice(data.end);
    return insertInto({ composerId: target.id, text: fixed, mode: 'replace' });
  }

  ctx.addEventListener(
    doc,
    'focusin',
    (event) => {
      const element = composerOf(event.target);
      if (!element) return;
      // Reading the context can take milliseconds on a long feed; the site often focuses the
      // box from its own click handler, so doing it here would lengthen the site's task. A task
      // of our own keeps both short.
      ctx.setTimeout(() => {
        if (element.isConnected) activate(element);
      }, 0);
    },
    { capture: true },
  );
  // Native `beforeinput` fires even where the editor handles the edit itself.
  ctx.addEventListener(
    doc,
    'beforeinput',
    (event) => {
      const type = (event as InputEvent).inputType ?? '';
      if (type.startsWith('delete') || type.startsWith('history')) lastUserEditAt = Date.now();
    },
    { capture: true },
  );
  ctx.addEventListener(
    doc,
    'input',
    (event) => {
      if (active && event.target instanceof Node && active.element.contains(event.target)) {
        scheduleDraftSync();
      }
    },
    { capture: true },
  );
  ctx.addEventListener(
    doc,
    'keydown',
    (event) => {
      const key = event as KeyboardEvent;
      if (!active || key.key !== 'Enter' || !(key.ctrlKey || key.metaKey)) return;
      if (key.target instanceof Node && active.element.contains(key.target)) {
        syncDraft();
        active.detector.submitted('keyboard');
      }
    },
    { capture: true },
  );
  ctx.addEventListener(
    doc,
    'click',
    (event) => {
      if (!active || !(event.target instanceof Node)) return;
      const button = findSendButton(adapter, active.element, doc);
      if (!button.ok) {
        reportErrors([button.error], active.id, doc.location.href);
        return;
      }
      if (button.value?.contains(event.target)) {
        syncDraft();
        active.detector.submitted('button');
      }
    },
    { capture: true },
  );
  // Reading the reply box's position forces a layout: do it once per frame, not per scroll event,
  // and not at all while no box is followed.
  let frame: number | undefined;
  const reposition = () => {
    if (!active || frame !== undefined) return;
    frame = win.requestAnimationFrame(() => {
      frame = undefined;
      badge.reposition();
    });
  };
  ctx.addEventListener(win, 'scroll', reposition, { capture: true, passive: true });
  ctx.addEventListener(win, 'resize', reposition, { passive: true });

  // Composers come and go as a feed scrolls or a SPA navigates: the observer only notes what was
  // added, and the page's idle time examines it.
  const scanner = createComposerScanner(adapter, doc);
  let cancelIdle: (() => void) | undefined;
  function whenPageIdle(): void {
    if (cancelIdle) return;
    cancelIdle = whenIdle(win, () => {
      cancelIdle = undefined;
      if (active && !active.element.isConnected) deactivate();
      if (scanner.pending) for (const { element } of scanner.scan()) idOf(element);
    });
  }
  const pageObserver = new MutationObserver((records) => {
    scanner.queue(records);
    whenPageIdle();
  });
  pageObserver.observe(doc.documentElement, { childList: true, subtree: true });
  whenPageIdle();

  // WXT reports a SPA navigation when it starts, before the page has rendered the new route:
  // look once the page is idle again. A composer the route removed is gone; one that stayed
  // (a DM box, a composer outside the main column) may now answer someone else.
  let cancelRouteCheck: (() => void) | undefined;
  ctx.addEventListener(win, 'wxt:locationchange', () => {
    cancelRouteCheck?.();
    cancelRouteCheck = whenIdle(win, () => {
      cancelRouteCheck = undefined;
      if (!active) return;
      if (!active.element.isConnected) {
        deactivate();
        return;
      }
      const result = readContext(adapter, active.element, doc);
      if (!result || JSON.stringify(result.context) === JSON.stringify(active.context)) return;
      active.context = result.context;
      reportErrors(result.errors, active.id, doc.location.href);
      send('composerContext', { composerId: active.id, context: result.context });
    });
  });

  const removeListeners = [
    onMessage('insertText', ({ data }) => insertInto(data)),
    onMessage('applyFix', ({ data }) => applyFix(data)),
    onMessage('focusComposer', ({ data }) => {
      const target = resolveTarget(data.composerId);
      if (!target) return { ok: false, error: 'no-composer' };
      target.element.focus();
      announce();
      return { ok: true };
    }),
    onMessage('setBadge', ({ data }) => {
      const target = resolveTarget(data.composerId);
      if (!target) return;
      target.badge = { findings: data.findings, errors: data.errors, returning: data.returning };
      badge.update(target.badge);
    }),
  ];

  // A composer that already has the focus when the script starts (page reloaded mid-reply).
  const focused = composerOf(doc.activeElement);
  if (focused) activate(focused);

  ctx.onInvalidated(() => {
    if (frame !== undefined) win.cancelAnimationFrame(frame);
    cancelIdle?.();
    cancelRouteCheck?.();
    pageObserver.disconnect();
    active?.observer.disconnect();
    active = undefined;
    for (const remove of removeListeners) remove();
    badge.destroy();
  });
}
