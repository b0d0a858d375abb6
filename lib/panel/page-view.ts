import type { AdapterErrorReport } from '../messaging/protocol';
import { platformLabel } from '../platforms/limits';
import type { ComposerContext, ComposerKind } from '../sites/types';
import type { PageComposer } from '../store/page-slice';
import type { PageComposerView } from '../../components/PageComposerCard';

const KIND_LABELS: Record<ComposerKind, string> = {
  reply: 'Reply',
  comment: 'Comment',
  quote: 'Quote',
  'direct-message': 'Message',
};

/**
 * Where the reply box is, for the panel's sentences ("Reply on …", "the … reply box"): the
 * platform's name, or on a site the user enabled for the generic adapter that site's host name
 * ("Reply on forum.example.com" reads; "Reply on Other site" does not).
 */
export function placeLabel(context: Pick<ComposerContext, 'platform' | 'threadUrl'>): string {
  if (context.platform !== 'generic') return platformLabel(context.platform);
  try {
    const host = new URL(context.threadUrl ?? '').hostname.replace(/^www\./, '');
    if (host) return host;
  } catch {
    // No usable address: fall through.
  }
  return 'this site';
}

/** What the panel shows about the followed reply box, as plain values. */
export function pageComposerView(page: PageComposer): PageComposerView {
  const { context } = page;
  return {
    platformLabel: placeLabel(context),
    kindLabel: KIND_LABELS[context.kind],
    ...(context.customer.displayName ? { customerName: context.customer.displayName } : {}),
    ...(context.customer.handle ? { customerHandle: context.customer.handle } : {}),
    ...(context.inReplyTo ? { inReplyTo: context.inReplyTo } : {}),
    earlierCount: context.earlier.length,
    genericLayout: context.layout === 'generic' && context.platform !== 'generic',
  };
}

export function problemsOf(errors: readonly AdapterErrorReport[]): string[] {
  return errors.map(
    (e) => `Could not read ${e.reader} on ${platformLabel(e.adapter)}: ${e.message}`,
  );
}
