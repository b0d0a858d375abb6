// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { EARLIER_SCAN_LIMIT, readAnswered, type PostShape } from '../../../lib/sites/thread';

const shape: PostShape = {
  author: (post) => ({ handle: post.getAttribute('data-author') ?? undefined }),
  text: (post) => post.textContent ?? undefined,
};

function feed(count: number, author: (i: number) => string): Element[] {
  document.body.replaceChildren();
  for (let i = 0; i < count; i++) {
    const post = document.createElement('article');
    post.setAttribute('data-author', author(i));
    post.textContent = `post ${i}`;
    document.body.append(post);
  }
  return [...document.querySelectorAll('article')];
}

describe('readAnswered', () => {
  it('collects the customer’s earlier posts before the answered one, oldest first', () => {
    const posts = feed(6, (i) => (i % 2 === 0 ? 'dana' : 'sam'));
    const reading = readAnswered(shape, posts[4], posts, document);
    expect(reading.customer).toEqual({ handle: 'dana' });
    expect(reading.inReplyTo).toBe('post 4');
    expect(reading.earlier).toEqual(['post 0', 'post 2']);
  });

  it('looks back only over the posts near the reply box, not a whole feed', () => {
    const posts = feed(EARLIER_SCAN_LIMIT + 100, () => 'dana');
    const answered = posts.at(-1)!;
    const reading = readAnswered(shape, answered, posts, document);
    expect(reading.earlier).toHaveLength(EARLIER_SCAN_LIMIT);
    expect(reading.earlier![0]).toBe(`post ${posts.length - 1 - EARLIER_SCAN_LIMIT}`);
    expect(reading.earlier!.at(-1)).toBe(`post ${posts.length - 2}`);
  });
});
