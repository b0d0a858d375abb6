import { t } from '../i18n';
import type { AdapterErrorReport } from '../messaging/protocol';
import { platformLabel } from '../platforms/limits';
import type { ComposerContext, ComposerKind } from '../sites/types';
import { platformName } from '../store/options';
import type { PageComposer } from '../store/page-slice';
import type { PageComposerView } from '../../components/PageComposerCard';

export const KIND_KEYS = {
  reply: 'panel_kind_reply',
  comment: 'panel_kind_comment',
  quote: 'panel_kind_quote',
  'direct-message': 'panel_kind_direct_message',
} as const satisfies Record<ComposerKind, string>;

/** The panel's words for the reply box, without placeholders: `t` in the panel. */
export type ViewLabels = (
  key: (typeof KIND_KEYS)[ComposerKind] | 'panel_place_this_site',
) => string;

/**
 * Where the reply box is, for the panel's sentences ("Reply on …", "the … reply box"): the
 * platform's name, or on a site the user enabled for the generic adapter that site's host name
 * ("Reply on forum.example.com" reads; "Reply on Other site" does not).
 */
export function placeLabel(
  context: Pick<ComposerContext, 'platform' | 'threadUrl'>,
  labels: ViewLabels = t,
): string {
  if (context.platform !== 'generic') return platformLabel(context.platform);
  try {
    const host = new URL(context.threadUrl ?? '').hostname.replace(/^www\./, '');
    if (host) return host;
  } catch {
    // No usable address: fall through.
  }
  return labels('panel_place_this_site');
}

/**
 * What the panel shows about the followed reply box, as plain values. `labels` is there for
 * Node (end-to-end tests build the expected heading), where there is no chrome.i18n.
 */
export function pageComposerView(page: PageComposer, labels: ViewLabels = t): PageComposerView {
  const { context } = page;
  return {
    platformLabel: placeLabel(context, labels),
    kindLabel: labels(KIND_KEYS[context.kind]),
    ...(context.customer.displayName ? { customerName: context.customer.displayName } : {}),
    ...(context.customer.handle ? { customerHandle: context.customer.handle } : {}),
    ...(context.inReplyTo ? { inReplyTo: context.inReplyTo } : {}),
    earlierCount: context.earlier.length,
    genericLayout: context.layout === 'generic' && context.platform !== 'generic',
  };
}

export function problemsOf(errors: readonly AdapterErrorReport[]): string[] {
  return errors.map((e) =>
    t('panel_problem_read', {
      reader: e.reader,
      platform: platformName(e.adapter),
      message: e.message,
    }),
  );
}
