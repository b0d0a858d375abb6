/**
 * One run of the memory benchmark, the same in Node (fake-indexeddb) and in the Chromium bench
 * page (the extension's own IndexedDB): generate the dataset chunk by chunk and bulk-load it,
 * then time, one call at a time with performance.now(), what the extension does with it:
 * - lookup(platform, person): an identity with its whole history across linked identities (the
 *   card and the composer's continuity), for identities drawn at random and for identities of
 *   the heaviest contacts (100+ replies);
 * - recordSend: a reply to a known identity, and to someone new (contact + identity created);
 * - the full export: exportBackup() (every record read), then its JSON written into a Blob piece
 *   by piece, as the data page saves it (one string could not hold it: V8 strings stop at about
 *   512 MB, and the export of the full dataset is larger).
 * Browser-safe: no Node imports. Returns raw samples; the section summarises them.
 */
import { openBulkLoader } from '../../../lib/memory/bulk-load';
import { openMemory } from '../../../lib/memory';
import type { PlatformId } from '../../../lib/platforms';
import {
  DATASET_NOW,
  DEFAULT_SEED,
  generateDataset,
  HEAVY_MIN,
  makeSend,
  mulberry32,
  type DatasetSize,
} from './dataset';

export interface MemoryBenchConfig {
  size: DatasetSize;
  seed?: number;
  /** Identities drawn uniformly for lookup. */
  lookups: number;
  /** Identities of contacts with 100+ interactions, for lookup. */
  heavyLookups: number;
  /** Sends to known identities, and to new people. */
  sends: number;
  newPeopleSends: number;
  /** Untimed lookups and sends first (JIT, Dexie's and the database's caches). */
  warmup: number;
}

export interface MemoryBenchEnv {
  name: string;
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** The origin's storage usage in bytes, where the platform can tell. */
  storageUsage?: () => Promise<number | undefined>;
  progress?: (message: string) => void;
}

interface Sample {
  ms: number;
  heavy: boolean;
}

export interface MemoryBenchResult {
  size: DatasetSize;
  links: number;
  /** Time spent inside the generator, summed over the chunks (interleaved with the load). */
  generationMs: number;
  /** Time spent writing the chunks (bulkAdd transactions). */
  loadMs: number;
  counts: { contacts: number; identities: number; interactions: number };
  /** Characters of message and reply text in the dataset. */
  textChars: number;
  lookups: (Sample & { interactions: number; identities: number; found: boolean })[];
  /** `created`: false when recordSend took the send for one already recorded (it never should here). */
  records: (Sample & { newPerson: boolean; created: boolean })[];
  exportReadMs: number;
  exportWriteMs: number;
  exportBytes: number;
  exportRecords: number;
  usageBefore?: number;
  usageAfterLoad?: number;
  usageAfterExport?: number;
}

interface IdentityRef {
  platform: PlatformId;
  handle?: string;
  displayName?: string;
  /** Interactions and identities of the identity's contact. */
  interactions: number;
  identities: number;
}

export async function runMemoryBench(
  env: MemoryBenchEnv,
  config: MemoryBenchConfig,
): Promise<MemoryBenchResult> {
  const progress = env.progress ?? (() => {});
  const seed = config.seed ?? DEFAULT_SEED;
  const dbOptions = {
    ...(env.indexedDB ? { indexedDB: env.indexedDB } : {}),
    ...(env.IDBKeyRange ? { IDBKeyRange: env.IDBKeyRange } : {}),
  };
  const memory = await openMemory({ name: env.name, ...dbOptions });
  const loader = await openBulkLoader(env.name, dbOptions);
  const usageBefore = await env.storageUsage?.();

  const refs: IdentityRef[] = [];
  let generationMs = 0;
  let loadMs = 0;
  let links = 0;
  let textChars = 0;
  let loaded = 0;
  let reported = 0;
  const dataset = generateDataset({ ...config.size, seed });
  for (;;) {
    const started = performance.now();
    const next = dataset.next();
    generationMs += performance.now() - started;
    if (next.done) break;
    const chunk = next.value;
    const interactionsOf = new Map<string, number>();
    chunk.contacts.forEach((contact, i) =>
      interactionsOf.set(contact.id, chunk.contactInteractions[i]!),
    );
    const identitiesOf = new Map<string, number>();
    for (const { contactId } of chunk.identities)
      identitiesOf.set(contactId, (identitiesOf.get(contactId) ?? 0) + 1);
    for (const identity of chunk.identities) {
      refs.push({
        platform: identity.platform,
        ...(identity.handle ? { handle: identity.handle } : {}),
        ...(identity.displayName ? { displayName: identity.displayName } : {}),
        interactions: interactionsOf.get(identity.contactId)!,
        identities: identitiesOf.get(identity.contactId)!,
      });
    }
    for (const interaction of chunk.interactions)
      textChars += interaction.ourReply.length + (interaction.theirMessage?.length ?? 0);
    links += chunk.links.length;
    const writing = performance.now();
    await loader.add(chunk);
    loadMs += performance.now() - writing;
    loaded += chunk.interactions.length;
    if (loaded - reported >= config.size.interactions / 10) {
      reported = loaded;
      progress(
        `loaded ${loaded} of ${config.size.interactions} interactions ` +
          `(generation ${(generationMs / 1000).toFixed(1)} s, load ${(loadMs / 1000).toFixed(1)} s)`,
      );
    }
  }
  loader.close();
  const counts = await memory.counts();
  const usageAfterLoad = await env.storageUsage?.();

  // Lookups: identities drawn uniformly, then identities of heavy contacts (100+ replies).
  const rng = mulberry32(seed ^ 0x1f00d);
  const heavyRefs = refs.filter((ref) => ref.interactions >= HEAVY_MIN);
  const draw = (list: readonly IdentityRef[]) => list[Math.floor(rng() * list.length)]!;
  const plan: { ref: IdentityRef; heavy: boolean }[] = [
    ...Array.from({ length: config.lookups }, () => ({ ref: draw(refs), heavy: false })),
    ...Array.from({ length: config.heavyLookups }, () => ({ ref: draw(heavyRefs), heavy: true })),
  ];
  for (let i = 0; i < config.warmup; i++) {
    const ref = draw(refs);
    await memory.lookup(ref.platform, ref);
  }
  progress(`timing ${plan.length} lookups`);
  const lookups: MemoryBenchResult['lookups'] = [];
  for (const { ref, heavy } of plan) {
    const started = performance.now();
    const record = await memory.lookup(ref.platform, ref);
    const ms = performance.now() - started;
    lookups.push({
      ms,
      heavy,
      found: record !== null && record.identities.length === ref.identities,
      interactions: record?.interactions.length ?? 0,
      identities: record?.identities.length ?? 0,
    });
  }

  // Sends: to known identities drawn uniformly, then to new people.
  let at = DATASET_NOW;
  const sendTo = (i: number) =>
    i < config.sends
      ? draw(refs)
      : { platform: 'x' as const, handle: `new_customer_${i}`, displayName: `New Customer ${i}` };
  for (let i = 0; i < config.warmup; i++) {
    const ref = draw(refs);
    await memory.recordSend(makeSend(rng, ref, (at += 60_000)));
  }
  progress(`timing ${config.sends + config.newPeopleSends} sends`);
  const records: MemoryBenchResult['records'] = [];
  for (let i = 0; i < config.sends + config.newPeopleSends; i++) {
    const send = makeSend(rng, sendTo(i), (at += 60_000));
    const started = performance.now();
    const { created } = await memory.recordSend(send);
    records.push({
      ms: performance.now() - started,
      heavy: false,
      newPerson: i >= config.sends,
      created,
    });
  }

  progress('timing the full export');
  const readStarted = performance.now();
  const backup = await memory.exportBackup();
  const exportReadMs = performance.now() - readStarted;
  const writeStarted = performance.now();
  const file = backupBlob(backup);
  const exportWriteMs = performance.now() - writeStarted;
  const exportRecords =
    backup.contacts.length +
    backup.identities.length +
    backup.interactions.length +
    backup.links.length;
  const usageAfterExport = await env.storageUsage?.();
  memory.close();

  return {
    size: config.size,
    links,
    generationMs,
    loadMs,
    counts,
    textChars,
    lookups,
    records,
    exportReadMs,
    exportWriteMs,
    exportBytes: file.size,
    exportRecords,
    ...(usageBefore !== undefined ? { usageBefore } : {}),
    ...(usageAfterLoad !== undefined ? { usageAfterLoad } : {}),
    ...(usageAfterExport !== undefined ? { usageAfterExport } : {}),
  };
}

/** Strings per Blob part: joining a few MB at a time keeps the number of parts small. */
const PART_CHARS = 4 * 1024 * 1024;

/**
 * The backup's JSON as a Blob, one record per line, written piece by piece (the whole text would
 * not fit in one string).
 */
function backupBlob(backup: {
  format: string;
  version: number;
  exportedAt: number | string;
  contacts: unknown[];
  identities: unknown[];
  interactions: unknown[];
  links: unknown[];
}): Blob {
  const parts: Blob[] = [];
  let pending = '';
  const write = (text: string) => {
    pending += text;
    if (pending.length >= PART_CHARS) {
      parts.push(new Blob([pending]));
      pending = '';
    }
  };
  write(
    `{"format":${JSON.stringify(backup.format)},"version":${backup.version},` +
      `"exportedAt":${JSON.stringify(backup.exportedAt)}`,
  );
  for (const section of ['contacts', 'identities', 'interactions', 'links'] as const) {
    const records = backup[section];
    write(`,\n${JSON.stringify(section)}:[`);
    for (let i = 0; i < records.length; i++)
      write(`${i === 0 ? '' : ','}\n${JSON.stringify(records[i])}`);
    write(records.length === 0 ? ']' : '\n]');
  }
  write('\n}\n');
  parts.push(new Blob([pending]));
  return new Blob(parts, { type: 'application/json' });
}
