/**
 * Whether a text mentions any of the keywords, ignoring letter case. A keyword must start a word
 * but may run on ("arrest" finds "Arrested", "rough sleep" finds "rough sleeping"), so "DNA" is
 * not found inside "kidnap" nor "closed" inside "enclosed".
 */
export function keywordMatcher(keywords: readonly string[]): (text: string) => boolean {
  const words = keywords.map((k) => k.trim()).filter((k) => k !== '');
  if (words.length === 0) return () => false;
  const escaped = words.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${escaped.join('|')})`, 'iu');
  return (text) => pattern.test(text);
}
