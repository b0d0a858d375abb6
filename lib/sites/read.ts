import { generic, isGenericComposer, hasFocus } from './generic';
import { pageUrl } from './dom';
import type {
  AdapterError,
  ComposerContext,
  ComposerReading,
  ComposerSpec,
  Person,
  SafeResult,
  SiteAdapter,
} from './types';
import type { PlatformId } from '../platforms';

/**
 * Runs one adapter reader. A reader that throws never breaks the page: the error comes back as a
 * result, to be reported to the panel.
 */
export function safeRead<T>(adapter: PlatformId, reader: string, fn: () => T): SafeResult<T> {
  try {
    return { ok: true, value: fn() };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: { adapter, reader, message: message || 'reader failed' } };
  }
}

/** The first composer spec of `adapter` that accepts `el`, or undefined. */
export function composerSpecFor(
  adapter: SiteAdapter,
  el: Element,
  doc: Document,
  errors: AdapterError[] = [],
): ComposerSpec | undefined {
  for (const spec of adapter.composers) {
    const hit = safeRead(adapter.id, `${spec.kind}.when`, () => {
      if (!el.matches(spec.selector)) return false;
      return spec.when ? spec.when(el, doc) : true;
    });
    if (!hit.ok) errors.push(hit.error);
    else if (hit.value) return spec;
  }
  return undefined;
}

export interface FoundComposer {
  element: Element;
  spec: ComposerSpec;
}

/** Every composer of `adapter` on the page, each with the first spec that accepts it. */
export function findComposers(adapter: SiteAdapter, doc: Document): FoundComposer[] {
  const found: FoundComposer[] = [];
  const seen = new Set<Element>();
  for (const spec of adapter.composers) {
    for (const element of Array.from(doc.querySelectorAll(spec.selector))) {
      if (seen.has(element)) continue;
      const owner = composerSpecFor(adapter, element, doc);
      if (owner !== spec) continue;
      seen.add(element);
      found.push({ element, spec });
    }
  }
  return found;
}

export interface ContextResult {
  context: ComposerContext;
  /** Readers that threw; what they would have read is missing from the context. */
  errors: AdapterError[];
}

function cleanPerson(person: Person | undefined): Person {
  const out: Person = {};
  if (person?.handle) out.handle = person.handle;
  if (person?.displayName) out.displayName = person.displayName;
  return out;
}

function build(
  adapter: SiteAdapter,
  platform: PlatformId,
  spec: ComposerSpec,
  layout: ComposerContext['layout'],
  el: Element,
  doc: Document,
  errors: AdapterError[],
): ContextResult {
  const reading = safeRead<ComposerReading>(adapter.id, `${spec.kind}.read`, () =>
    spec.read(el, doc),
  );
  const own = safeRead(adapter.id, 'ownAccount', () => adapter.ownAccount?.(doc));
  if (!reading.ok) errors.push(reading.error);
  if (!own.ok) errors.push(own.error);
  const r: ComposerReading = reading.ok ? reading.value : {};
  const context: ComposerContext = {
    platform,
    kind: spec.kind,
    layout,
    customer: cleanPerson(r.customer),
    earlier: r.earlier ?? [],
    own: cleanPerson(own.ok ? own.value : undefined),
  };
  if (r.inReplyTo) context.inReplyTo = r.inReplyTo;
  const threadUrl = r.threadUrl ?? pageUrl(doc);
  if (threadUrl) context.threadUrl = threadUrl;
  return { context, errors };
}

/**
 * The context of the composer `el` on a page handled by `adapter`. When none of the adapter's
 * composers accepts `el` but it is a focused multi-line editor, the generic adapter reads it and the
 * context says `layout: 'generic'` (platform stays the site's). Undefined when `el` is no composer.
 */
export function readContext(
  adapter: SiteAdapter,
  el: Element,
  doc: Document,
): ContextResult | undefined {
  const errors: AdapterError[] = [];
  const spec = composerSpecFor(adapter, el, doc, errors);
  if (spec) {
    return build(
      adapter,
      adapter.id,
      spec,
      adapter.id === 'generic' ? 'generic' : 'site',
      el,
      doc,
      errors,
    );
  }
  if (isGenericComposer(el) && hasFocus(el, doc)) {
    const genericSpec = generic.composers[0]!;
    const result = build(adapter, adapter.id, genericSpec, 'generic', el, doc, errors);
    return result;
  }
  return undefined;
}

/** The send button of a composer, or null; a throwing finder is reported, not thrown. */
export function findSendButton(
  adapter: SiteAdapter,
  el: Element,
  doc: Document,
): SafeResult<HTMLElement | null> {
  return safeRead(adapter.id, 'sendButton', () => adapter.sendButton(el, doc));
}
