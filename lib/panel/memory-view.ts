import { t, uiLanguage } from '../i18n';
import { describeLast, isUnresolved } from '../memory/history';
import type {
  CustomerRecord,
  LinkEvidence,
  LinkSuggestion,
  MemoryErrorKind,
} from '../memory/types';
import { platformLabel } from '../platforms/limits';
import type { PlatformId } from '../platforms';
import type { LastLink, MemoryStatus, PendingLink } from '../store/memory-slice';

const DAY = 24 * 60 * 60 * 1000;

export interface EarlierReply {
  id: string;
  when: string;
  theirMessage?: string;
  ourReply: string;
}

export interface LinkSuggestionView {
  identityId: string;
  who: string;
  evidence: string[];
  suggestion: LinkSuggestion;
}

/** The card's customer-memory part, as text and plain values. */
export interface MemoryCardView {
  /** The status line: loading, first contact, returning · … */
  summary: string;
  unresolved?: string;
  /** A storage failure, said plainly; the rest of the panel keeps working. */
  problem?: string;
  earlier: EarlierReply[];
  /** The newest conversation's state, for the "Solved" toggle. */
  latest?: { id: string; resolved: boolean };
  suggestions: LinkSuggestionView[];
  /** After a link: what was linked, with Undo. */
  linked?: string;
}

/** "2 days ago", "yesterday", "today" in the browser's UI language. */
export function relativeDays(daysAgo: number, language: string = uiLanguage()): string {
  return new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(-daysAgo, 'day');
}

function dateOf(at: number, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(at);
}

export function problemText(kind: MemoryErrorKind, message: string): string {
  switch (kind) {
    case 'unavailable':
      return t('memory_problem_unavailable');
    case 'quota':
      return t('memory_problem_quota');
    case 'blocked':
      return t('memory_problem_blocked');
    case 'version':
      return t('memory_problem_version');
    default:
      return t('memory_problem_other', { message });
  }
}

function evidenceText(evidence: LinkEvidence, here: PlatformId, there: PlatformId): string {
  const values = { value: evidence.value, here: platformLabel(here), there: platformLabel(there) };
  switch (evidence.kind) {
    case 'same-display-name':
      return t('memory_evidence_same_display_name', values);
    case 'similar-handle':
      return t('memory_evidence_similar_handle', values);
    case 'same-order-number':
      // Memory keeps the number without the "#" customers write before it.
      return t('memory_evidence_same_order_number', {
        ...values,
        value: /^\d/.test(evidence.value) ? `#${evidence.value}` : evidence.value,
      });
    case 'same-email':
      return t('memory_evidence_same_email', values);
  }
}

function summaryOf(record: CustomerRecord, now: number, language: string): string {
  const summary = describeLast(record, now);
  if (!summary.returning || !summary.last) return t('compose_customer_first_contact');
  const values = {
    count: summary.conversations,
    platform: platformLabel(summary.last.platform),
    when: relativeDays(Math.max(0, Math.round((now - summary.last.at) / DAY)), language),
  };
  const one = summary.conversations === 1;
  if (summary.last.topic) {
    const withTopic = { ...values, topic: summary.last.topic };
    return one
      ? t('memory_returning_topic_one', withTopic)
      : t('memory_returning_topic_other', withTopic);
  }
  return one ? t('memory_returning_one', values) : t('memory_returning_other', values);
}

/**
 * The card's view of memory for the followed person. `record` is the one to show (their own, or
 * the one a pending link joins); null when memory does not know them.
 */
export function memoryCardView(input: {
  status: MemoryStatus;
  record: CustomerRecord | null;
  pendingLink: PendingLink | null;
  lastLink: LastLink | null;
  platform: PlatformId;
  now: number;
  language?: string;
}): MemoryCardView {
  const { status, record, pendingLink, lastLink, platform, now } = input;
  const language = input.language ?? uiLanguage();
  if (status.state === 'off')
    return { summary: t('memory_no_identity'), earlier: [], suggestions: [] };
  if (status.state === 'loading')
    return { summary: t('memory_loading'), earlier: [], suggestions: [] };
  if (status.state === 'failed')
    return {
      summary: t('compose_customer_history_unknown'),
      problem: problemText(status.kind, status.message),
      earlier: [],
      suggestions: [],
    };
  const { lookup } = status;
  const view: MemoryCardView = {
    summary: record ? summaryOf(record, now, language) : t('compose_customer_first_contact'),
    earlier: [],
    suggestions: [],
  };
  if (record) {
    if (record.unresolved > 0)
      view.unresolved =
        record.unresolved === 1
          ? t('memory_unresolved_one', { count: 1 })
          : t('memory_unresolved_other', { count: record.unresolved });
    view.earlier = record.interactions.map((interaction) => ({
      id: interaction.id,
      when: t('memory_history_when', {
        date: dateOf(interaction.at, language),
        platform: platformLabel(interaction.platform),
      }),
      ...(interaction.theirMessage ? { theirMessage: interaction.theirMessage } : {}),
      ourReply: interaction.ourReply,
    }));
    const latest = record.interactions[0];
    if (latest) view.latest = { id: latest.id, resolved: !isUnresolved(latest) };
  }
  const pending = pendingLink?.identityId === lookup.identityId ? pendingLink : null;
  if (pending) view.linked = t('memory_linked_pending', { name: pending.suggestion.contact.name });
  else if (lastLink?.identityId === lookup.identityId)
    view.linked = t('memory_linked', { name: lastLink.name });
  view.suggestions = lookup.suggestions
    .filter((s) => s.identity.id !== pending?.suggestion.identity.id)
    .map((suggestion) => {
      const { identity } = suggestion;
      const name = identity.displayName ?? suggestion.contact.name;
      const shown = identity.handle ? `${name} (@${identity.handle})` : name;
      return {
        identityId: identity.id,
        who: t('memory_link_who', { name: shown, platform: platformLabel(identity.platform) }),
        evidence: suggestion.evidence.map((e) => evidenceText(e, platform, identity.platform)),
        suggestion,
      };
    });
  return view;
}
