/**
 * True when a word is part of a URL, an e-mail address, a @handle or a #hashtag: brand wording
 * rules leave those alone, since the customer can't change "youtube.com" to "YouTube.com".
 */
export function isEmbedded(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  if (before === '@' || before === '#' || before === '/' || before === '.' || before === '_')
    return true;
  const after = text[end];
  if (after === '@' || after === '/' || after === '_') return true;
  if (after === '.' && /[\p{L}\p{N}]/u.test(text[end + 1] ?? '')) return true;
  return false;
}
