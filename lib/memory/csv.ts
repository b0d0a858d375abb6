/**
 * CSV export of contacts and interactions for a CRM (see CSV.md for HubSpot's import). RFC 4180:
 * comma-separated, fields with a comma, quote or line break in double quotes, quotes doubled,
 * CRLF between records; a UTF-8 byte order mark so Excel reads accents and emoji correctly.
 */
import { emailsIn } from './evidence';
import { conversationKey, isUnresolved, summarizeConversations } from './history';
import type { Contact, Identity, Interaction } from './types';

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * A field a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
 * return) gets a leading apostrophe, as OWASP's CSV injection guidance says: Excel and
 * LibreOffice then show it as text. The apostrophe is visible in a CRM, the price of safety:
 * customer text is attacker-controlled ("=HYPERLINK(…)" in a message).
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvField(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  let out = BOM + header.map(csvField).join(',') + CRLF;
  for (const row of rows) out += row.map(csvField).join(',') + CRLF;
  return out;
}

const date = (at: number) => new Date(at).toISOString().slice(0, 10);
const iso = (at: number) => new Date(at).toISOString();

/** "Maya van der Berg" → "Maya", "van der Berg": the first word is the first name. */
export function splitName(name: string): { first: string; last: string } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return { first: words[0] ?? '', last: words.slice(1).join(' ') };
}

export const CONTACT_COLUMNS = [
  'First Name',
  'Last Name',
  'Email',
  'Replykit Contact ID',
  'Handles',
  'Platforms',
  'Notes',
  'Tags',
  'First Contact',
  'Last Contact',
  'Conversations',
  'Unresolved',
] as const;

function handleOf(identity: Identity): string {
  if (identity.handle) return `${identity.platform}:@${identity.handle}`;
  return `${identity.platform}:${identity.displayName ?? ''}`;
}

/** One row per contact, with their handles, an e-mail they wrote to us, and counts. */
export function contactsCsv(
  contacts: readonly Contact[],
  identities: readonly Identity[],
  interactions: readonly Interaction[],
): string {
  const identitiesOf = new Map<string, Identity[]>();
  for (const identity of identities) {
    const list = identitiesOf.get(identity.contactId) ?? [];
    list.push(identity);
    identitiesOf.set(identity.contactId, list);
  }
  const contactOf = new Map(identities.map((i) => [i.id, i.contactId]));
  const interactionsOf = new Map<string, Interaction[]>();
  for (const interaction of interactions) {
    const contactId = contactOf.get(interaction.identityId);
    if (contactId === undefined) continue;
    const list = interactionsOf.get(contactId) ?? [];
    list.push(interaction);
    interactionsOf.set(contactId, list);
  }
  const rows = contacts.map((contact) => {
    const own = identitiesOf.get(contact.id) ?? [];
    const history = [...(interactionsOf.get(contact.id) ?? [])].sort((a, b) => b.at - a.at);
    // The newest address the customer wrote in a message; CRMs hold one e-mail per contact.
    let email = '';
    for (const interaction of history) {
      const found = interaction.theirMessage ? emailsIn(interaction.theirMessage) : [];
      if (found.length > 0) {
        email = found[found.length - 1]!;
        break;
      }
    }
    // Loops, not Math.min(...list): a long history would exceed the engine's argument limit.
    let firstSeen = contact.createdAt;
    let lastSeen = contact.createdAt;
    for (const identity of own) {
      firstSeen = Math.min(firstSeen, identity.firstSeen);
      lastSeen = Math.max(lastSeen, identity.lastSeen);
    }
    for (const interaction of history) lastSeen = Math.max(lastSeen, interaction.at);
    const { conversations, unresolved } = summarizeConversations(history);
    const { first, last } = splitName(contact.name);
    return [
      first,
      last,
      email,
      contact.id,
      own.map(handleOf).join('; '),
      [...new Set(own.map((i) => i.platform))].join('; '),
      contact.notes,
      contact.tags.join('; '),
      date(firstSeen),
      date(lastSeen),
      String(conversations),
      String(unresolved),
    ];
  });
  return csv(CONTACT_COLUMNS, rows);
}

export const INTERACTION_COLUMNS = [
  'Replykit Contact ID',
  'Contact Name',
  'Platform',
  'Handle',
  'Date',
  'Kind',
  'Thread URL',
  'Their Message',
  'Our Reply',
  'Intent',
  'Intensity',
  'Topic',
  'Suggestion Use',
  'Resolved',
  'Conversation',
  'Interaction ID',
] as const;

/** One row per reply we sent, oldest first. */
export function interactionsCsv(
  contacts: readonly Contact[],
  identities: readonly Identity[],
  interactions: readonly Interaction[],
): string {
  const identityById = new Map(identities.map((i) => [i.id, i]));
  const contactById = new Map(contacts.map((c) => [c.id, c]));
  const rows = [...interactions]
    .sort((a, b) => a.at - b.at)
    .map((interaction) => {
      const identity = identityById.get(interaction.identityId);
      const contact = identity ? contactById.get(identity.contactId) : undefined;
      return [
        identity?.contactId ?? '',
        contact?.name ?? '',
        interaction.platform,
        // Without "@": a field starting with "@" would get the formula guard's apostrophe.
        identity?.handle ?? identity?.displayName ?? '',
        iso(interaction.at),
        interaction.composerKind,
        interaction.threadUrl ?? '',
        interaction.theirMessage ?? '',
        interaction.ourReply,
        interaction.intent ?? '',
        interaction.intensity ?? '',
        interaction.topic ?? '',
        interaction.suggestion,
        // "no" is what the panel counts as open: explicitly unsolved, or a problem not marked.
        interaction.resolved === true ? 'yes' : isUnresolved(interaction) ? 'no' : '',
        conversationKey(interaction),
        interaction.id,
      ];
    });
  return csv(INTERACTION_COLUMNS, rows);
}
