import { useId, useState, type FormEvent } from 'react';
import { t } from '../lib/i18n';
import {
  PROBLEM_INTENTS,
  type Identity,
  type Interaction,
  type LinkEvidence,
  type LinkRecord,
  type SuggestionUse,
} from '../lib/memory';
import type { ContactDetail, ContactRow, SuggestionRow } from '../lib/options/data-actions';
import { parseTags, safeProfileUrl } from '../lib/options/data-format';
import type { ActionNotice } from '../lib/options/data-hook';
import { formatWhen } from '../lib/options/data-when';
import { platformName } from '../lib/store/options';
import { intentLabel } from './compose-labels';
import { ContactResults } from './DataSearch';

const EVIDENCE_KEYS = {
  'same-display-name': 'data_evidence_same_display_name',
  'similar-handle': 'data_evidence_similar_handle',
  'same-order-number': 'data_evidence_same_order_number',
  'same-email': 'data_evidence_same_email',
} as const satisfies Record<LinkEvidence['kind'], string>;

const USE_KEYS = {
  'as-is': 'data_suggestion_as_is',
  edited: 'data_suggestion_edited',
  'not-used': 'data_suggestion_not_used',
} as const satisfies Record<SuggestionUse, string>;

const RECORD_KEYS = {
  link: 'data_record_link',
  unlink: 'data_record_unlink',
  merge: 'data_record_merge',
} as const satisfies Record<LinkRecord['kind'], string>;

const NOTICE_KEYS = {
  link: 'data_notice_linked',
  unlink: 'data_notice_unlinked',
  merge: 'data_notice_merged',
  undo: 'data_notice_undone',
  saved: 'data_notice_saved',
} as const satisfies Record<ActionNotice['kind'], string>;

/** The history shows this many at first; the rest on request (a long history stays quick). */
export const HISTORY_SHOWN = 50;

export interface ContactDetailProps {
  detail: ContactDetail;
  busy: boolean;
  notice?: ActionNotice;
  onSave: (change: { name: string; notes: string; tags: string[] }) => void;
  onLink: (row: SuggestionRow) => void;
  onUnlink: (identityId: string) => void;
  onUndo: (linkId: string) => void;
  mergeQuery: string;
  onMergeQuery: (query: string) => void;
  mergeRows?: readonly ContactRow[];
  onMerge: (contactId: string) => void;
  onForget: () => void;
  onClose: () => void;
}

function identityText(identity: Pick<Identity, 'platform' | 'handle' | 'displayName'>): string {
  const who = identity.handle ? `@${identity.handle}` : (identity.displayName ?? '');
  return t('data_identity_on', { who, platform: platformName(identity.platform) });
}

function evidenceText(evidence: LinkEvidence): string {
  return t(EVIDENCE_KEYS[evidence.kind], { value: evidence.value });
}

function confirmedByText(by: string): string {
  return by === 'you' ? t('data_confirmed_by_you') : by;
}

/** One identity: platform, handle, display name; the profile link only when it is http(s). */
function IdentityItem({
  identity,
  canUnlink,
  busy,
  onUnlink,
}: {
  identity: Identity;
  canUnlink: boolean;
  busy: boolean;
  onUnlink: (id: string) => void;
}) {
  const href = safeProfileUrl(identity.profileUrl);
  return (
    <li className="data-identity" data-identity={identity.id}>
      <span className="data-identity__platform">{platformName(identity.platform)}</span>
      {identity.handle ? <span className="data-identity__handle">@{identity.handle}</span> : null}
      {identity.displayName ? (
        <span className="data-identity__name">{identity.displayName}</span>
      ) : null}
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" className="data-identity__link">
          {t('data_profile_link')}
        </a>
      ) : identity.profileUrl ? (
        <span className="data-identity__url">{identity.profileUrl}</span>
      ) : null}
      {canUnlink ? (
        <button
          type="button"
          className="button"
          disabled={busy}
          aria-label={t('data_unlink_identity', { who: identityText(identity) })}
          onClick={() => onUnlink(identity.id)}
        >
          {t('data_unlink')}
        </button>
      ) : null}
    </li>
  );
}

function HistoryItem({ interaction }: { interaction: Interaction }) {
  const resolved =
    interaction.resolved === true
      ? t('data_resolved')
      : interaction.resolved === false ||
          (interaction.intent !== undefined && PROBLEM_INTENTS.has(interaction.intent))
        ? t('data_unresolved')
        : undefined;
  const facts = [
    platformName(interaction.platform),
    interaction.intent ? intentLabel(interaction.intent) : undefined,
    t(USE_KEYS[interaction.suggestion]),
    resolved,
  ].filter((fact): fact is string => !!fact);
  return (
    <li className="data-history__item" data-interaction={interaction.id}>
      <p className="data-history__when">
        <time dateTime={new Date(interaction.at).toISOString()}>{formatWhen(interaction.at)}</time>
        {' · '}
        {facts.join(' · ')}
      </p>
      {interaction.theirMessage ? (
        <div className="data-history__message">
          <span className="data-history__label">{t('data_their_message')}</span>
          <p className="data-history__text">{interaction.theirMessage}</p>
        </div>
      ) : null}
      <div className="data-history__message">
        <span className="data-history__label">{t('data_our_reply')}</span>
        <p className="data-history__text">{interaction.ourReply}</p>
      </div>
    </li>
  );
}

/** A contact's edit form; keyed by the caller on the stored contact so a change resets it. */
function ContactForm({
  name,
  notes,
  tags,
  busy,
  onSave,
}: {
  name: string;
  notes: string;
  tags: readonly string[];
  busy: boolean;
  onSave: ContactDetailProps['onSave'];
}) {
  const id = useId();
  const [nameValue, setName] = useState(name);
  const [notesValue, setNotes] = useState(notes);
  const [tagsValue, setTags] = useState(tags.join(', '));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({ name: nameValue.trim() || name, notes: notesValue, tags: parseTags(tagsValue) });
  };
  return (
    <form className="data-form" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('data_name_label')}</label>
        <input
          id={`${id}-name`}
          type="text"
          autoComplete="off"
          value={nameValue}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-notes`}>{t('data_notes_label')}</label>
        <textarea
          id={`${id}-notes`}
          className="data-form__notes"
          value={notesValue}
          onChange={(event) => setNotes(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-tags`}>{t('data_tags_label')}</label>
        <input
          id={`${id}-tags`}
          type="text"
          autoComplete="off"
          value={tagsValue}
          aria-describedby={`${id}-tags-hint`}
          onChange={(event) => setTags(event.target.value)}
        />
        <p id={`${id}-tags-hint`} className="field__hint">
          {t('data_tags_hint')}
        </p>
      </div>
      <div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('data_save')}
        </button>
      </div>
    </form>
  );
}

/** Everything about one contact, and what can be done with it. Page text is rendered as text. */
export function DataContactDetail({
  detail,
  busy,
  notice,
  onSave,
  onLink,
  onUnlink,
  onUndo,
  mergeQuery,
  onMergeQuery,
  mergeRows,
  onMerge,
  onForget,
  onClose,
}: ContactDetailProps) {
  const id = useId();
  const [showAll, setShowAll] = useState(false);
  const { contact, identities, interactions, suggestions, links } = detail;
  const known = new Map(identities.map((identity) => [identity.id, identity]));
  for (const row of suggestions) known.set(row.suggestion.identity.id, row.suggestion.identity);
  const nameOf = (identityId: string) => {
    const identity = known.get(identityId);
    return identity ? identityText(identity) : identityId;
  };
  const shown = showAll ? interactions : interactions.slice(0, HISTORY_SHOWN);

  return (
    <section className="data-card data-detail" aria-labelledby={`${id}-title`}>
      <div className="data-detail__header">
        <h3 id={`${id}-title`} className="data-detail__name">
          {contact.name}
        </h3>
        <button type="button" className="button" onClick={onClose}>
          {t('data_close')}
        </button>
      </div>
      <p className="data__muted">
        {detail.conversations === 1
          ? t('data_conversations_one')
          : t('data_conversations_other', { count: detail.conversations })}
      </p>

      {notice ? (
        <div className="data-notice" role="status">
          <span>{t(NOTICE_KEYS[notice.kind])}</span>
          {notice.undoId ? (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => onUndo(notice.undoId!)}
            >
              {t('data_undo')}
            </button>
          ) : null}
        </div>
      ) : null}

      <h4>{t('data_identities_heading')}</h4>
      <ul className="data-identities" aria-label={t('data_identities_heading')}>
        {identities.map((identity) => (
          <IdentityItem
            key={identity.id}
            identity={identity}
            canUnlink={identities.length > 1}
            busy={busy}
            onUnlink={onUnlink}
          />
        ))}
      </ul>

      <h4>{t('data_notes_heading')}</h4>
      <ContactForm
        key={`${contact.id}:${contact.updatedAt}`}
        name={contact.name}
        notes={contact.notes}
        tags={contact.tags}
        busy={busy}
        onSave={onSave}
      />

      <h4>{t('data_suggestions_heading')}</h4>
      {suggestions.length === 0 ? (
        <p className="data__muted">{t('data_suggestions_none')}</p>
      ) : (
        <ul className="data-suggestions" aria-label={t('data_suggestions_heading')}>
          {suggestions.map((row) => (
            <li key={row.suggestion.identity.id} className="data-suggestion">
              <p>
                {t('data_suggestion_text', {
                  who: identityText(row.suggestion.identity),
                  contact: row.suggestion.contact.name,
                  own: identityText(row.own),
                })}
              </p>
              <ul className="data-evidence" aria-label={t('data_evidence_label')}>
                {row.suggestion.evidence.map((evidence, index) => (
                  <li key={index}>{evidenceText(evidence)}</li>
                ))}
              </ul>
              <button
                type="button"
                className="button button--primary"
                disabled={busy}
                aria-label={t('data_link_identity', { who: identityText(row.suggestion.identity) })}
                onClick={() => onLink(row)}
              >
                {t('data_link')}
              </button>
            </li>
          ))}
        </ul>
      )}

      <h4>{t('data_merge_heading')}</h4>
      <div className="field">
        <label htmlFor={`${id}-merge`}>{t('data_merge_label')}</label>
        <input
          id={`${id}-merge`}
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={mergeQuery}
          onChange={(event) => onMergeQuery(event.target.value)}
        />
      </div>
      {mergeQuery.trim() ? (
        <ContactResults
          rows={mergeRows}
          label={t('data_merge_results')}
          emptyText={t('data_no_match', { query: mergeQuery })}
          action={t('data_merge_with')}
          onPick={(row) => onMerge(row.contact.id)}
          disabled={busy}
        />
      ) : null}

      <h4>{t('data_history_heading')}</h4>
      {interactions.length === 0 ? (
        <p className="data__muted">{t('data_history_none')}</p>
      ) : (
        <>
          <ol className="data-history" aria-label={t('data_history_heading')}>
            {shown.map((interaction) => (
              <HistoryItem key={interaction.id} interaction={interaction} />
            ))}
          </ol>
          {shown.length < interactions.length ? (
            <button type="button" className="button" onClick={() => setShowAll(true)}>
              {t('data_history_show_all', { count: interactions.length })}
            </button>
          ) : null}
        </>
      )}

      <h4>{t('data_links_heading')}</h4>
      {links.length === 0 ? (
        <p className="data__muted">{t('data_links_none')}</p>
      ) : (
        <ol className="data-links" aria-label={t('data_links_heading')}>
          {links.map((record) => (
            <li key={record.id} className="data-link" data-link={record.id}>
              <p>
                {t(RECORD_KEYS[record.kind], {
                  who: record.identityIds.map(nameOf).join(', '),
                })}
              </p>
              <p className="data__muted">
                {t('data_record_by', {
                  by: confirmedByText(record.confirmedBy),
                  date: formatWhen(record.at),
                })}
                {record.undoneAt !== undefined
                  ? ` · ${t('data_record_undone', { date: formatWhen(record.undoneAt) })}`
                  : null}
              </p>
              {record.evidence.length > 0 ? (
                <ul className="data-evidence" aria-label={t('data_evidence_label')}>
                  {record.evidence.map((evidence, index) => (
                    <li key={index}>{evidenceText(evidence)}</li>
                  ))}
                </ul>
              ) : null}
              {record.undoneAt === undefined ? (
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  aria-label={t('data_undo_record', {
                    what: t(RECORD_KEYS[record.kind], {
                      who: record.identityIds.map(nameOf).join(', '),
                    }),
                  })}
                  onClick={() => onUndo(record.id)}
                >
                  {t('data_undo')}
                </button>
              ) : null}
            </li>
          ))}
        </ol>
      )}

      <h4>{t('data_forget_heading')}</h4>
      <p className="data__muted">{t('data_forget_explain')}</p>
      <div>
        <button type="button" className="button button--danger" disabled={busy} onClick={onForget}>
          {t('data_forget')}
        </button>
      </div>
    </section>
  );
}
