/**
 * The memory benchmark's dataset: contacts, their identities on several platforms (linked, with
 * the link records a person confirmed), and the replies sent to them over two years, generated
 * from a seed so that Node and the Chromium bench page build exactly the same records.
 *
 * Shape (at full size 100,000 contacts, 200,000 identities, 1,000,000 interactions):
 * - 1–4 identities per contact, each on a different platform; every identity after a contact's
 *   first came in through a link record (new identities start as contacts of their own);
 * - interactions skewed as a support inbox is: most contacts 1–5 replies, about 15 % 6–99, and
 *   0.3 % (300 at full size) 100 or more;
 * - replies grouped into conversations (a thread, or a day of direct messages) of 1–4 replies
 *   (1–8 for the heaviest), minutes to hours apart, starting anywhere in the two years;
 * - the customer's message 20–400 characters (absent in 8 %), our reply 80–600, both from
 *   sentence pools of customer-service words, so they compress like real text, not like noise.
 *
 * Runs in Node and in the browser (no Node imports). The texts dominate the cost: the generator
 * yields chunks of whole contacts, so a caller never holds the million interactions at once.
 */
import { identityKey } from '../../../lib/memory/identity-key';
import type {
  Contact,
  Identity,
  Interaction,
  LinkRecord,
  SendRecord,
  SuggestionUse,
} from '../../../lib/memory/types';
import type { PlatformId } from '../../../lib/platforms';
import type { Severity } from '../../../lib/rules/types';
import type { ComposerKind } from '../../../lib/sites/types';
import type { Intensity, Intent } from '../../../lib/voice/taxonomy';
import { CUSTOMER_WORDS, FIRST_NAMES, LAST_NAMES, PRODUCTS, REPLY_WORDS, TOPICS } from './words';

export interface DatasetSize {
  contacts: number;
  identities: number;
  interactions: number;
}

export const FULL_SIZE: DatasetSize = {
  contacts: 100_000,
  identities: 200_000,
  interactions: 1_000_000,
};

/** The full size divided by `divisor` (10 → 10,000 contacts, 20,000 identities, 100,000 interactions). */
export function scaledSize(divisor: number): DatasetSize {
  return {
    contacts: Math.round(FULL_SIZE.contacts / divisor),
    identities: Math.round(FULL_SIZE.identities / divisor),
    interactions: Math.round(FULL_SIZE.interactions / divisor),
  };
}

export const DEFAULT_SEED = 0x5eed_2025;
/** The dataset's "now": fixed, so that the same seed gives the same records on any day. */
export const DATASET_NOW = Date.UTC(2026, 0, 15, 12);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
export const DATASET_SPAN_MS = 730 * DAY;

export const TEXT_LENGTHS = {
  theirMessage: { min: 20, max: 400 },
  ourReply: { min: 80, max: 600 },
} as const;

/** Interactions per contact: light 1–5, medium 6–99, heavy 100 or more. */
export const HEAVY_MIN = 100;
const LIGHT_MAX = 5;
const MEDIUM_MAX = 99;
const HEAVY_SHARE = 0.003;
const LIGHT_SHARE = 0.85;

export interface DatasetOptions extends Partial<DatasetSize> {
  seed?: number;
  /** Contacts per yielded chunk (with their identities, link records and interactions). */
  contactsPerChunk?: number;
}

export interface DatasetChunk {
  contacts: Contact[];
  identities: Identity[];
  interactions: Interaction[];
  links: LinkRecord[];
  /** Interactions of each contact of the chunk, in the order of `contacts`. */
  contactInteractions: number[];
}

/** A fast 32-bit PRNG (mulberry32): the same seed gives the same sequence everywhere. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;

const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

function weighted<T>(rng: Rng, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let r = rng() * total;
  for (const [value, weight] of entries) {
    r -= weight;
    if (r < 0) return value;
  }
  return entries[entries.length - 1]![0];
}

/** A random UUID-shaped id (the length of the ids lib/memory makes). */
function uuid(rng: Rng): string {
  let hex = '';
  for (let i = 0; i < 4; i++)
    hex += Math.floor(rng() * 4294967296)
      .toString(16)
      .padStart(8, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

export interface DatasetPlan {
  size: DatasetSize;
  identitiesPer: Uint8Array;
  interactionsPer: Uint32Array;
}

/**
 * Moves `counts` (each within its [low, high]) until they sum to `target`, one step at a time on
 * random entries, trying the `order` of classes in turn: cheap, deterministic, and it keeps each
 * class's range.
 */
function fitSum(
  rng: Rng,
  counts: Uint8Array | Uint32Array,
  target: number,
  classes: readonly { members: number[]; low: (i: number) => number; high: number }[],
  what: string,
): void {
  let sum = 0;
  for (const count of counts) sum += count;
  for (const cls of classes) {
    const eligible = cls.members.filter((i) =>
      sum < target ? counts[i]! < cls.high : counts[i]! > cls.low(i),
    );
    while (sum !== target && eligible.length > 0) {
      const slot = Math.floor(rng() * eligible.length);
      const i = eligible[slot]!;
      const step = sum < target ? 1 : -1;
      counts[i] = counts[i]! + step;
      sum += step;
      if (step > 0 ? counts[i]! >= cls.high : counts[i]! <= cls.low(i)) {
        eligible[slot] = eligible[eligible.length - 1]!;
        eligible.pop();
      }
    }
  }
  if (sum !== target) throw new Error(`dataset: cannot make ${target} ${what} (${sum} fit)`);
}

/** How many identities and interactions each contact gets: exactly the size asked for. */
export function planDataset(size: DatasetSize, seed = DEFAULT_SEED): DatasetPlan {
  const { contacts, identities, interactions } = size;
  if (contacts < 1) throw new Error('dataset: at least one contact');
  const rng = mulberry32(seed ^ 0x9e3779b9);
  const all = Array.from({ length: contacts }, (_, i) => i);

  const identitiesPer = new Uint8Array(contacts);
  for (let c = 0; c < contacts; c++)
    identitiesPer[c] = weighted(rng, [
      [1, 0.4],
      [2, 0.3],
      [3, 0.15],
      [4, 0.15],
    ] as const);
  fitSum(rng, identitiesPer, identities, [{ members: all, low: () => 1, high: 4 }], 'identities');

  // Heavy contacts are spread over the whole range, not bunched at the start.
  const heavyCount = Math.min(contacts, Math.max(1, Math.round(contacts * HEAVY_SHARE)));
  const heavy = new Set<number>();
  while (heavy.size < heavyCount) heavy.add(Math.floor(rng() * contacts));
  const light: number[] = [];
  const medium: number[] = [];
  const heavyList: number[] = [];
  const interactionsPer = new Uint32Array(contacts);
  for (let c = 0; c < contacts; c++) {
    let count: number;
    if (heavy.has(c)) {
      heavyList.push(c);
      const r = rng();
      count = HEAVY_MIN + Math.floor(900 * r * r);
    } else if (rng() < LIGHT_SHARE) {
      light.push(c);
      count = weighted(rng, [
        [1, 0.35],
        [2, 0.25],
        [3, 0.18],
        [4, 0.12],
        [5, 0.1],
      ] as const);
    } else {
      medium.push(c);
      count = int(rng, LIGHT_MAX + 1, MEDIUM_MAX);
    }
    // Every identity came from a reply sent to it.
    interactionsPer[c] = Math.max(count, identitiesPer[c]!);
  }
  const own = (c: number) => identitiesPer[c]!;
  fitSum(
    rng,
    interactionsPer,
    interactions,
    [
      { members: medium, low: (c) => Math.max(LIGHT_MAX + 1, own(c)), high: MEDIUM_MAX },
      { members: heavyList, low: () => HEAVY_MIN, high: Number.MAX_SAFE_INTEGER },
      { members: light, low: own, high: LIGHT_MAX },
    ],
    'interactions',
  );
  return { size: { ...size }, identitiesPer, interactionsPer };
}

// Where support conversations happen, roughly: the big networks, then messengers, then the rest.
const PLATFORM_WEIGHTS: readonly (readonly [PlatformId, number])[] = [
  ['x', 18],
  ['instagram', 16],
  ['facebook', 14],
  ['whatsapp', 12],
  ['linkedin', 8],
  ['messenger', 8],
  ['youtube', 6],
  ['reddit', 5],
  ['threads', 5],
  ['bluesky', 4],
  ['mastodon', 3],
  ['generic', 1],
];
const MASTODON_INSTANCES = ['mastodon.social', 'fosstodon.org', 'hachyderm.io', 'mstdn.social'];
const TAGS = ['vip', 'wholesale', 'press', 'influencer', 'b2b', 'newsletter'];
const RULE_IDS: readonly (readonly [string, Severity])[] = [
  ['accessibility.all-caps', 'warning'],
  ['accessibility.emoji-count', 'suggestion'],
  ['accessibility.sentence-length', 'suggestion'],
  ['accessibility.link-text', 'warning'],
  ['brand.banned', 'error'],
  ['brand.preferred', 'suggestion'],
  ['brand.avoid-phrase', 'warning'],
  ['human.form-letter', 'warning'],
  ['inclusive.ableist', 'warning'],
  ['length.platform-limit', 'error'],
];
const INTENT_WEIGHTS: readonly (readonly [Intent, number])[] = [
  ['question', 25],
  ['complaint', 18],
  ['delivery', 14],
  ['refund', 8],
  ['praise', 10],
  ['outage', 4],
  ['feature-request', 5],
  ['account', 8],
  ['abuse', 2],
  ['mention', 6],
];
const PROBLEMS: ReadonlySet<Intent> = new Set([
  'complaint',
  'delivery',
  'refund',
  'outage',
  'account',
]);
const INTENSITY_WEIGHTS: readonly (readonly [Intensity, number])[] = [
  ['calm', 50],
  ['annoyed', 30],
  ['angry', 14],
  ['distressed', 6],
];
const SUGGESTION_WEIGHTS: readonly (readonly [SuggestionUse, number])[] = [
  ['as-is', 30],
  ['edited', 40],
  ['not-used', 30],
];

function sentencePool(rng: Rng, words: readonly string[], size: number): string[] {
  const pool: string[] = [];
  for (let s = 0; s < size; s++) {
    const length = int(rng, 4, 16);
    let sentence = '';
    for (let w = 0; w < length; w++) {
      // Common words more often than rare ones, as in any text.
      const r = rng();
      const word = words[Math.floor(r * r * words.length)]!;
      sentence += w === 0 ? word[0]!.toUpperCase() + word.slice(1) : ` ${word}`;
    }
    pool.push(sentence + pick(rng, ['.', '.', '.', '!', '?']));
  }
  return pool;
}

/** Lengths skewed towards the short end of [min, max], as messages are. */
function textLength(rng: Rng, range: { min: number; max: number }): number {
  return range.min + Math.floor((range.max - range.min + 1) * rng() ** 1.6);
}

/** Sentences from the pool until `length` characters, cut back to a word end where there is one. */
function text(rng: Rng, pool: readonly string[], opening: string, length: number, min: number) {
  let body = opening;
  while (body.length < length) body += (body ? ' ' : '') + pick(rng, pool);
  body = body.slice(0, length);
  const space = body.lastIndexOf(' ');
  return space >= min && space > length - 15 ? body.slice(0, space) : body;
}

interface Person {
  first: string;
  last: string;
  name: string;
  number: number;
}

const HANDLE_STYLES: Record<PlatformId, ((p: Person) => string) | undefined> = {
  x: (p) => `${p.first}_${p.last}${p.number}`,
  instagram: (p) => `${p.first}.${p.last}.${p.number}`,
  threads: (p) => `${p.first}.${p.last}${p.number}`,
  linkedin: (p) => `${p.first}-${p.last}-${p.number.toString(36)}`,
  youtube: (p) => `${p.first}${p.last}${p.number}`,
  reddit: (p) => `${p.first}_${p.last}_${p.number}`,
  bluesky: (p) => `${p.first}${p.last}${p.number}.bsky.social`,
  mastodon: (p) =>
    `${p.first}${p.number}@${MASTODON_INSTANCES[p.number % MASTODON_INSTANCES.length]!}`,
  generic: (p) => `${p.first}${p.number}`,
  // These pages show a name, no handle: the identity is keyed by the display name.
  facebook: undefined,
  whatsapp: undefined,
  messenger: undefined,
};

const PROFILE_URLS: Partial<Record<PlatformId, (handle: string) => string>> = {
  x: (h) => `https://x.com/${h}`,
  instagram: (h) => `https://www.instagram.com/${h}/`,
  threads: (h) => `https://www.threads.net/@${h}`,
  linkedin: (h) => `https://www.linkedin.com/in/${h}/`,
  youtube: (h) => `https://www.youtube.com/@${h}`,
  reddit: (h) => `https://www.reddit.com/user/${h}/`,
  bluesky: (h) => `https://bsky.app/profile/${h}`,
  mastodon: (h) => `https://${h.split('@')[1]!}/@${h.split('@')[0]!}`,
};

function threadUrl(platform: PlatformId, handle: string | undefined, rng: Rng): string {
  const id = Math.floor(rng() * 1e15).toString();
  switch (platform) {
    case 'x':
      return `https://x.com/${handle}/status/${id}`;
    case 'instagram':
      return `https://www.instagram.com/p/${id.slice(0, 11)}/`;
    case 'reddit':
      return `https://www.reddit.com/r/support/comments/${Number(id).toString(36)}/`;
    case 'youtube':
      return `https://www.youtube.com/watch?v=${Number(id).toString(36)}`;
    case 'whatsapp':
    case 'messenger':
      return `https://${platform === 'whatsapp' ? 'web.whatsapp.com' : 'www.messenger.com'}/t/${id}`;
    default:
      return `https://www.${platform}.example/thread/${id}`;
  }
}

/**
 * The dataset, chunk by chunk (whole contacts, with their identities, link records and
 * interactions). Same seed and size, same records, in Node and in the browser.
 */
export function* generateDataset(options: DatasetOptions = {}): Generator<DatasetChunk> {
  const size: DatasetSize = {
    contacts: options.contacts ?? FULL_SIZE.contacts,
    identities: options.identities ?? FULL_SIZE.identities,
    interactions: options.interactions ?? FULL_SIZE.interactions,
  };
  const seed = options.seed ?? DEFAULT_SEED;
  const perChunk = options.contactsPerChunk ?? 1000;
  const plan = planDataset(size, seed);
  const rng = mulberry32(seed);
  const customerPool = sentencePool(rng, CUSTOMER_WORDS, 4096);
  const replyPool = sentencePool(rng, REPLY_WORDS, 4096);
  const usedIds = new Set<string>();
  const start = DATASET_NOW - DATASET_SPAN_MS;

  let chunk: DatasetChunk = emptyChunk();
  for (let c = 0; c < size.contacts; c++) {
    const first = pick(rng, FIRST_NAMES);
    const last = pick(rng, LAST_NAMES);
    const person: Person = {
      first: first.toLowerCase(),
      last: last.toLowerCase(),
      name:
        rng() < 0.25
          ? `${first} ${String.fromCharCode(65 + int(rng, 0, 25))}. ${last}`
          : `${first} ${last}`,
      number: c + 1,
    };
    const contactId = uuid(rng);
    const platforms: PlatformId[] = [];
    while (platforms.length < plan.identitiesPer[c]!) {
      const platform = weighted(rng, PLATFORM_WEIGHTS);
      if (!platforms.includes(platform)) platforms.push(platform);
    }
    const identities: Identity[] = platforms.map((platform) => {
      const handle = HANDLE_STYLES[platform]?.(person);
      const shown = rng() < 0.8 ? person.name : `${first} ${last[0]!}.`;
      // Two people of the same name on a name-keyed site would be one identity: number them.
      let displayName = shown;
      for (let n = 2; usedIds.has(identityKey(platform, { handle, displayName })!); n++)
        displayName = `${shown} ${n}`;
      const id = identityKey(platform, { handle, displayName })!;
      usedIds.add(id);
      const profile = handle ? PROFILE_URLS[platform]?.(handle) : undefined;
      return {
        id,
        platform,
        ...(handle ? { handle } : {}),
        displayName,
        ...(profile ? { profileUrl: profile } : {}),
        contactId,
        firstSeen: Number.POSITIVE_INFINITY,
        lastSeen: 0,
      };
    });

    const total = plan.interactionsPer[c]!;
    const heavy = total >= HEAVY_MIN;
    const email = `${person.first}.${person.last}${person.number}@example.com`;
    const orderNumber = `#${int(rng, 10000, 99999)}`;
    const interactions: Interaction[] = [];
    let conversation = 0;
    while (interactions.length < total) {
      // Identities still waiting for their first conversation keep a reply each.
      const owed = Math.max(0, identities.length - conversation - 1);
      const replies = Math.min(
        total - interactions.length - owed,
        1 + Math.floor(rng() ** 2 * (heavy ? 8 : 4)),
      );
      // Every identity gets a conversation first; then mostly the person's main account.
      const identity =
        conversation < identities.length
          ? identities[conversation]!
          : rng() < 0.6
            ? identities[0]!
            : pick(rng, identities);
      conversation++;
      const platform = identity.platform;
      const composerKind: ComposerKind =
        platform === 'whatsapp' || platform === 'messenger'
          ? 'direct-message'
          : weighted(rng, [
              ['reply', 60],
              ['comment', 25],
              ['direct-message', 12],
              ['quote', 3],
            ] as const);
      const thread =
        composerKind === 'direct-message' && rng() < 0.5
          ? undefined
          : threadUrl(platform, identity.handle, rng);
      const intent = weighted(rng, INTENT_WEIGHTS);
      const intensity = weighted(rng, INTENSITY_WEIGHTS);
      const topic = rng() < 0.8 ? pick(rng, TOPICS) : undefined;
      let at = start + Math.floor(rng() * (DATASET_SPAN_MS - 2 * DAY));
      for (let r = 0; r < replies; r++) {
        at += int(rng, MINUTE, 6 * HOUR);
        const detail = rng();
        const opening =
          detail < 0.08
            ? `My order number is ${orderNumber}.`
            : detail < 0.12
              ? `You can reach me at ${email}.`
              : detail < 0.3
                ? `About my ${pick(rng, PRODUCTS)}:`
                : '';
        const theirMessage =
          rng() < 0.92
            ? text(
                rng,
                customerPool,
                opening,
                textLength(rng, TEXT_LENGTHS.theirMessage),
                TEXT_LENGTHS.theirMessage.min,
              )
            : undefined;
        const ourReply = text(
          rng,
          replyPool,
          rng() < 0.7 ? `Hi ${first},` : '',
          textLength(rng, TEXT_LENGTHS.ourReply),
          TEXT_LENGTHS.ourReply.min,
        );
        const findings: Interaction['findings'] = [];
        const findingCount = weighted(rng, [
          [0, 60],
          [1, 25],
          [2, 10],
          [3, 5],
        ] as const);
        for (let f = 0; f < findingCount; f++) {
          const [ruleId, severity] = pick(rng, RULE_IDS);
          findings.push({ ruleId, severity });
        }
        const lastOfConversation = r === replies - 1;
        interactions.push({
          id: uuid(rng),
          identityId: identity.id,
          platform,
          composerKind,
          ...(thread ? { threadUrl: thread } : {}),
          ...(theirMessage !== undefined ? { theirMessage } : {}),
          ourReply,
          intent,
          intensity,
          ...(topic ? { topic } : {}),
          at,
          packId: 'replykit-default',
          packVersion: '1.0.0',
          findings,
          suggestion: weighted(rng, SUGGESTION_WEIGHTS),
          ...(lastOfConversation && PROBLEMS.has(intent) && rng() < 0.7 ? { resolved: true } : {}),
          sendKey: `${uuid(rng)}:${at}`,
        });
        identity.firstSeen = Math.min(identity.firstSeen, at);
        identity.lastSeen = Math.max(identity.lastSeen, at);
      }
    }

    const createdAt = identities[0]!.firstSeen;
    const updatedAt = Math.max(...identities.map((i) => i.lastSeen));
    const notes = rng() < 0.1 ? text(rng, customerPool, 'Note:', int(rng, 30, 160), 20) : '';
    const tags = rng() < 0.15 ? [pick(rng, TAGS)] : [];
    const contact: Contact = {
      id: contactId,
      name: identities[0]!.displayName ?? person.name,
      notes,
      tags,
      createdAt,
      updatedAt,
    };
    chunk.contacts.push(contact);
    chunk.identities.push(...identities);
    chunk.interactions.push(...interactions);
    chunk.contactInteractions.push(total);
    // Each later identity began as a contact of its own and was linked by the person replying.
    for (const identity of identities.slice(1)) {
      const formerContact = uuid(rng);
      const at = Math.max(identity.firstSeen, createdAt) + int(rng, MINUTE, 3 * DAY);
      chunk.links.push({
        id: uuid(rng),
        kind: 'link',
        identityIds: [identities[0]!.id, identity.id],
        before: { [identity.id]: formerContact },
        contactId,
        evidence: [
          {
            kind: 'same-display-name',
            value: person.name,
            strength: 'strong',
            seenIn: [identities[0]!.id, identity.id],
          },
        ],
        confirmedBy: 'you',
        at,
        contactsBefore: [
          {
            id: formerContact,
            name: identity.displayName ?? person.name,
            notes: '',
            tags: [],
            createdAt: identity.firstSeen,
            updatedAt: identity.firstSeen,
          },
        ],
      });
    }
    if (chunk.contacts.length >= perChunk) {
      yield chunk;
      chunk = emptyChunk();
    }
  }
  if (chunk.contacts.length > 0) yield chunk;
}

function emptyChunk(): DatasetChunk {
  return { contacts: [], identities: [], interactions: [], links: [], contactInteractions: [] };
}

/** A send as the background hands it to memory, for `person` on `platform`. */
export function makeSend(
  rng: Rng,
  person: { platform: PlatformId; handle?: string; displayName?: string },
  at: number,
): SendRecord {
  const theirMessage = text(
    rng,
    sentencePool(rng, CUSTOMER_WORDS, 8),
    '',
    textLength(rng, TEXT_LENGTHS.theirMessage),
    TEXT_LENGTHS.theirMessage.min,
  );
  const ourReply = text(
    rng,
    sentencePool(rng, REPLY_WORDS, 8),
    'Hi,',
    textLength(rng, TEXT_LENGTHS.ourReply),
    TEXT_LENGTHS.ourReply.min,
  );
  return {
    sendKey: `${uuid(rng)}:${at}`,
    platform: person.platform,
    composerKind:
      person.platform === 'whatsapp' || person.platform === 'messenger'
        ? 'direct-message'
        : 'reply',
    customer: {
      ...(person.handle ? { handle: person.handle } : {}),
      ...(person.displayName ? { displayName: person.displayName } : {}),
    },
    threadUrl: threadUrl(person.platform, person.handle, rng),
    theirMessage,
    ourReply,
    intent: weighted(rng, INTENT_WEIGHTS),
    intensity: weighted(rng, INTENSITY_WEIGHTS),
    topic: pick(rng, TOPICS),
    at,
    packId: 'replykit-default',
    packVersion: '1.0.0',
    findings: [],
    suggestion: weighted(rng, SUGGESTION_WEIGHTS),
  };
}
