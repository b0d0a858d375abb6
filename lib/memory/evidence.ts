/**
 * Why two identities may be the same person, and which of them to suggest first. Suggestions
 * only: nothing here links anything; the person replying reads the evidence and decides.
 */
import { EMAIL, HASH_NUMBER, numberAfterKeyword, TRACKING } from '../compose/analysis/identifiers';
import type { Contact, Identity, Interaction, LinkEvidence, LinkSuggestion } from './types';

export interface EvidenceSide {
  identity: Identity;
  interactions: readonly Interaction[];
}

// Fewer order words than the message analysis knows: "fall" (German for case) is an English word
// too, and a link is suggested on this evidence, so it reads only words that cannot mislead.
const ORDER_KEYWORDS =
  'orders?|order no|order number|ticket|case|tracking(?: number| no| id)?|reference|ref|invoice|rma|bestellung|bestellnummer|bestell-nr|auftrag|auftragsnummer|sendung|sendungsnummer|ticketnummer|rechnungsnummer|rechnung|kundennummer|vorgang|vorgangsnummer|beställning|beställningsnummer|ärende|ärendenummer|kollinummer|fakturanummer|faktura|referens|referensnummer|spårningsnummer';
const NUMBER_AFTER_KEYWORD = numberAfterKeyword(ORDER_KEYWORDS);
// A long number on its own: an order number written without a word, or a phone number or a
// date written as digits, so it is weak evidence.
const BARE_NUMBER = /(?<![\p{L}\p{N}#-])\d{6,}(?![\p{L}\p{N}-])/gu;

/** Messages are read up to here: order numbers and addresses come early, and hostile text is long. */
const SCAN_LIMIT = 20_000;

/** E-mail addresses in a text, as written, in order, without repeats (case-insensitive). */
export function emailsIn(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const match of text.slice(0, SCAN_LIMIT).matchAll(EMAIL)) {
    const email = match[0].replace(/\.+$/, '');
    if (!seen.has(email.toLowerCase())) {
      seen.add(email.toLowerCase());
      out.push(email);
    }
  }
  return out;
}

export interface OrderNumber {
  /** As written ("1234-567", "48213", "JJD0001234567"). */
  value: string;
  /** The same number however it was written: upper case, without hyphens. */
  key: string;
  /** Written with a word ("order", "Bestellnummer") or "#", or a carrier's code; not a bare number. */
  labelled: boolean;
}

/** Order, ticket and tracking numbers in a text ("#48213", "order 1234-567", "889911"). */
export function orderNumbersIn(text: string): OrderNumber[] {
  const scanned = text.slice(0, SCAN_LIMIT);
  const found = new Map<string, OrderNumber>();
  const add = (value: string, labelled: boolean) => {
    if ((value.match(/\d/g) ?? []).length < 3) return;
    const key = value.toUpperCase().replace(/-/g, '');
    const seen = found.get(key);
    if (!seen) found.set(key, { value, key, labelled });
    else if (labelled) seen.labelled = true;
  };
  for (const m of scanned.matchAll(NUMBER_AFTER_KEYWORD)) add(m[1]!, true);
  for (const m of scanned.matchAll(HASH_NUMBER)) add(m[1]!, true);
  for (const m of scanned.matchAll(TRACKING)) add(m[0], true);
  for (const m of scanned.matchAll(BARE_NUMBER)) add(m[0], false);
  return [...found.values()];
}

/** Case, accents, punctuation and spacing do not make two names different. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A handle without "@", in lower case; on Mastodon without the instance. */
function plainHandle(handle: string): string {
  return handle.trim().replace(/^@/, '').split('@')[0]!.toLowerCase();
}

/** The letters of a handle: digits, underscores, dots and hyphens are decoration. */
function handleCore(handle: string): string {
  return handle.replace(/[\d_.-]+/g, '');
}

/** Levenshtein distance, or `max + 1` as soon as it must be more than `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

const MIN_HANDLE = 4;
const MAX_HANDLE = 64;

function handleEvidence(a: Identity, b: Identity): LinkEvidence | undefined {
  if (!a.handle || !b.handle) return undefined;
  const ha = plainHandle(a.handle);
  const hb = plainHandle(b.handle);
  if (ha.length < MIN_HANDLE || hb.length < MIN_HANDLE) return undefined;
  if (ha.length > MAX_HANDLE || hb.length > MAX_HANDLE) return undefined;
  const shownA = a.handle.trim().replace(/^@/, '');
  const shownB = b.handle.trim().replace(/^@/, '');
  const evidence = (strength: LinkEvidence['strength']): LinkEvidence => ({
    kind: 'similar-handle',
    value: shownA.toLowerCase() === shownB.toLowerCase() ? `@${shownA}` : `@${shownA} / @${shownB}`,
    seenIn: [a.id, b.id],
    strength,
  });
  if (ha === hb) return evidence('strong');
  const ca = handleCore(ha);
  const cb = handleCore(hb);
  // "maya.patel" and "maya_patel" are the same letters; "maya1" and "maya2" are a common name
  // numbered, so short cores are weak.
  if (ca === cb && ca.length >= MIN_HANDLE) return evidence(ca.length >= 6 ? 'strong' : 'weak');
  const [shorter, longer] = ca.length <= cb.length ? [ca, cb] : [cb, ca];
  if (shorter.length >= MIN_HANDLE && longer.includes(shorter)) return evidence('weak');
  // Two letters apart is a typo or a variant only for longer handles: "anna" and "hans" are not.
  const max = Math.min(ha.length, hb.length) >= 6 ? 2 : 1;
  if (editDistance(ha, hb, max) <= max) return evidence('weak');
  return undefined;
}

function nameEvidence(a: Identity, b: Identity): LinkEvidence | undefined {
  if (!a.displayName || !b.displayName) return undefined;
  const na = normaliseName(a.displayName);
  if (!na || na !== normaliseName(b.displayName)) return undefined;
  return {
    kind: 'same-display-name',
    value: a.displayName.trim(),
    seenIn: [a.id, b.id],
    // A first name alone is shared by thousands of customers.
    strength: na.includes(' ') ? 'strong' : 'weak',
  };
}

/** Found in the customer's messages on both sides: value → where, and how it was written. */
function common<T extends { key: string; value: string }>(
  a: EvidenceSide,
  b: EvidenceSide,
  read: (text: string) => T[],
): { a: Map<string, { item: T; ids: string[] }>; b: Map<string, { item: T; ids: string[] }> } {
  const collect = (side: EvidenceSide) => {
    const map = new Map<string, { item: T; ids: string[] }>();
    for (const interaction of side.interactions) {
      if (!interaction.theirMessage) continue;
      for (const item of read(interaction.theirMessage)) {
        const entry = map.get(item.key);
        if (entry) {
          if (!entry.ids.includes(interaction.id)) entry.ids.push(interaction.id);
        } else map.set(item.key, { item, ids: [interaction.id] });
      }
    }
    return map;
  };
  return { a: collect(a), b: collect(b) };
}

/**
 * Every reason to think the two identities are one person: the same display name, similar
 * handles, the same order number or e-mail address in the customer's messages on both sides.
 * Only the customer's words count: our replies repeat our own addresses and numbers to everyone.
 * Nothing for the same identity twice.
 */
export function findLinkEvidence(a: EvidenceSide, b: EvidenceSide): LinkEvidence[] {
  if (a.identity.id === b.identity.id) return [];
  const out: LinkEvidence[] = [];
  const name = nameEvidence(a.identity, b.identity);
  if (name) out.push(name);
  const handle = handleEvidence(a.identity, b.identity);
  if (handle) out.push(handle);

  const orders = common(a, b, orderNumbersIn);
  for (const [key, left] of orders.a) {
    const right = orders.b.get(key);
    if (!right) continue;
    out.push({
      kind: 'same-order-number',
      value: left.item.labelled || !right.item.labelled ? left.item.value : right.item.value,
      seenIn: [...left.ids, ...right.ids],
      strength: left.item.labelled || right.item.labelled ? 'strong' : 'weak',
    });
  }
  const emails = common(a, b, (text) =>
    emailsIn(text).map((value) => ({ value, key: value.toLowerCase() })),
  );
  for (const [key, left] of emails.a) {
    const right = emails.b.get(key);
    if (!right) continue;
    out.push({
      kind: 'same-email',
      value: left.item.value,
      seenIn: [...left.ids, ...right.ids],
      strength: 'strong',
    });
  }
  return out;
}

/** Strong evidence counts three, weak one; a suggestion needs two (one strong, or two weak). */
export function evidenceScore(evidence: readonly LinkEvidence[]): number {
  return evidence.reduce((sum, e) => sum + (e.strength === 'strong' ? 3 : 1), 0);
}

export const MIN_SUGGESTION_SCORE = 2;

export interface LinkCandidate extends EvidenceSide {
  contact: Contact;
}

/**
 * Candidates worth showing for `target`, best first: by score, then by how recently the
 * candidate was seen. Identities of the target's own contact are never suggested.
 */
export function rankLinkSuggestions(
  target: EvidenceSide,
  candidates: readonly LinkCandidate[],
  limit = 5,
): LinkSuggestion[] {
  const scored: { suggestion: LinkSuggestion; score: number }[] = [];
  for (const candidate of candidates) {
    if (candidate.identity.id === target.identity.id) continue;
    if (candidate.identity.contactId === target.identity.contactId) continue;
    const evidence = findLinkEvidence(target, candidate);
    const score = evidenceScore(evidence);
    if (score < MIN_SUGGESTION_SCORE) continue;
    scored.push({
      suggestion: { identity: candidate.identity, contact: candidate.contact, evidence },
      score,
    });
  }
  scored.sort(
    (x, y) =>
      y.score - x.score ||
      y.suggestion.identity.lastSeen - x.suggestion.identity.lastSeen ||
      (x.suggestion.identity.id < y.suggestion.identity.id ? -1 : 1),
  );
  return scored.slice(0, limit).map((s) => s.suggestion);
}
