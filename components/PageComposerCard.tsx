import { t } from '../lib/i18n';

export interface PageComposerView {
  platformLabel: string;
  kindLabel: string;
  customerName?: string;
  customerHandle?: string;
  inReplyTo?: string;
  earlierCount: number;
  /** The site's layout was not recognised; a generic reader found the reply box. */
  genericLayout: boolean;
}

export interface PageComposerCardProps {
  view: PageComposerView;
  problems: readonly string[];
  notice: string | null;
  /** Replies sent from this reply box while the panel followed it. */
  sentCount: number;
  onStopFollowing: () => void;
}

/** The reply box the panel follows and what the page says about the customer. Text only. */
export function PageComposerCard({
  view,
  problems,
  notice,
  sentCount,
  onStopFollowing,
}: PageComposerCardProps) {
  const who = view.customerName ?? (view.customerHandle ? `@${view.customerHandle}` : undefined);
  return (
    <section className="page-composer" aria-labelledby="page-composer-title">
      <div className="page-composer__header">
        <h2 id="page-composer-title">
          {who
            ? t('panel_composer_heading_to', {
                kind: view.kindLabel,
                place: view.platformLabel,
                who,
              })
            : t('panel_composer_heading', { kind: view.kindLabel, place: view.platformLabel })}
        </h2>
        <button type="button" className="button button--quiet" onClick={onStopFollowing}>
          {t('panel_use_own_draft')}
        </button>
      </div>
      {view.customerName && view.customerHandle ? (
        <p className="page-composer__handle">@{view.customerHandle}</p>
      ) : null}
      {view.inReplyTo ? (
        <blockquote className="page-composer__quote" data-testid="in-reply-to">
          {view.inReplyTo}
        </blockquote>
      ) : null}
      {view.earlierCount > 0 ? (
        <p className="page-composer__note">
          {t(view.earlierCount === 1 ? 'panel_earlier_one' : 'panel_earlier_other', {
            count: view.earlierCount,
          })}
        </p>
      ) : null}
      {view.genericLayout ? (
        <p className="page-composer__warning" role="status">
          {t('panel_generic_layout')}
        </p>
      ) : null}
      {sentCount > 0 ? (
        <p className="page-composer__note" role="status" data-testid="reply-sent">
          {sentCount === 1
            ? t('panel_reply_sent_one')
            : t('panel_reply_sent_other', { count: sentCount })}
        </p>
      ) : null}
      {problems.length > 0 ? (
        <ul className="page-composer__problems" aria-label={t('panel_problems_label')}>
          {problems.map((problem, index) => (
            <li key={index}>{problem}</li>
          ))}
        </ul>
      ) : null}
      {notice ? (
        <p className="page-composer__warning" role="alert">
          {notice}
        </p>
      ) : null}
    </section>
  );
}
