/**
 * Customer memory: the only code that touches IndexedDB. Never import it from the content
 * script (it brings Dexie).
 */
export * from './types';
export { identityKey, normaliseDisplayName, normaliseHandle } from './identity-key';
export { MemoryError } from './errors';
export * from './history';
export type { MemoryBackup } from './backup';
export { openMemory, LOOKUP_INTERACTION_CAP, type CustomerMemory, type OpenOptions } from './store';
