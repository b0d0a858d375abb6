import { describe, expect, it } from 'vitest';
import { identityKey } from '../../../lib/memory';
import type { PlatformId } from '../../../lib/platforms';

const CASES: [PlatformId, { handle?: string; displayName?: string }, string | undefined][] = [
  ['x', { handle: 'Maya_P', displayName: 'Maya Patel' }, 'x:@maya_p'],
  ['x', { handle: '@Maya_P' }, 'x:@maya_p'],
  ['x', { handle: '  @maya_p ' }, 'x:@maya_p'],
  ['mastodon', { handle: 'Maya@Mastodon.Social' }, 'mastodon:@maya@mastodon.social'],
  ['mastodon', { handle: '@maya@mastodon.social' }, 'mastodon:@maya@mastodon.social'],
  ['whatsapp', { displayName: 'Maya Patel' }, 'whatsapp:name:maya patel'],
  ['whatsapp', { displayName: '  Maya   Patel ' }, 'whatsapp:name:maya patel'],
  ['messenger', { displayName: 'Ｍａｙａ' }, 'messenger:name:maya'],
  ['whatsapp', { displayName: 'Jörg 🚲' }, 'whatsapp:name:jörg 🚲'],
  ['instagram', { handle: '@', displayName: 'Maya' }, 'instagram:name:maya'],
  ['instagram', { handle: '@' }, undefined],
  ['x', { handle: '', displayName: '   ' }, undefined],
  ['x', {}, undefined],
];

describe('identityKey', () => {
  it.each(CASES)('%s %j → %s', (platform, person, expected) => {
    expect(identityKey(platform, person)).toBe(expected);
  });

  it('keeps platforms apart: the same handle on two platforms is two identities', () => {
    expect(identityKey('x', { handle: 'maya' })).not.toBe(
      identityKey('bluesky', { handle: 'maya' }),
    );
  });
});
