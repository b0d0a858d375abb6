import type { AdapterErrorReport } from '../messaging/protocol';
import { platformLabel } from '../platforms/limits';
import type { ComposerKind } from '../sites/types';
import type { PageComposer } from '../store/page-slice';
import type { PageComposerView } from '../../components/PageComposerCard';

const KIND_LABELS: Record<ComposerKind, string> = {
  reply: 'Reply',
  comment: 'Comment',
  quote: 'Quote',
  'direct-message': 'Message',
};

/** What the panel shows about the followed reply box, as plain values. */
export function pageComposerView(page: PageComposer): PageComposerView {
  const { context } = page;
  return {
    platformLabel: platformLabel(context.platform),
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
