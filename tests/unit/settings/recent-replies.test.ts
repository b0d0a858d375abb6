import { describe, expect, it } from 'vitest';
import {
  MAX_RECENT_REPLIES,
  parseRecentReplies,
  repliesToOthers,
  withReply,
  type RecentReply,
} from '../../../lib/settings/recent-reply-list';

const reply = (text: string, customer: string, at = 1): RecentReply => ({
  text,
  platform: 'x',
  customer,
  at,
});

describe('the replies sent this session', () => {
  it('keeps the newest, up to the cap', () => {
    let list: RecentReply[] = [];
    for (let i = 0; i < MAX_RECENT_REPLIES + 5; i++) list = withReply(list, reply(`r${i}`, 'a', i));
    expect(list).toHaveLength(MAX_RECENT_REPLIES);
    expect(list[0]!.text).toBe('r5');
    expect(list.at(-1)!.text).toBe(`r${MAX_RECENT_REPLIES + 4}`);
  });

  it('drops malformed entries from storage, not the whole list', () => {
    expect(
      parseRecentReplies([reply('ok', 'a'), { text: 3 }, null, 'x', reply('fine', 'b')]),
    ).toEqual([reply('ok', 'a'), reply('fine', 'b')]);
    expect(parseRecentReplies({ not: 'a list' })).toEqual([]);
    expect(parseRecentReplies(undefined)).toEqual([]);
  });

  it('gives the texts sent to other people, newest first', () => {
    const list = [reply('to dana', 'dana_k'), reply('to sam', 'Sam'), reply('to lee', 'lee')];
    expect(repliesToOthers(list, 'DANA_K')).toEqual(['to lee', 'to sam']);
    expect(repliesToOthers(list, '')).toEqual(['to lee', 'to sam', 'to dana']);
  });
});
