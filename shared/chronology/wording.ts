/**
 * How alike two agencies' accounts of an event are worded. Words are lower-cased, stripped of
 * punctuation and of common words ("the", "was", "to"), and cut to a rough stem (a trailing
 * "s", "es", "ed", "ing") so "arrested" meets "arrest". The similarity is the mean of two set
 * measures over those words:
 * - Sørensen-Dice, 2|A∩B| / (|A|+|B|): high only when the two accounts share most of their words;
 * - the overlap coefficient, |A∩B| / min(|A|,|B|): high when the shorter account (an agency noting
 *   another's act in a line) is mostly contained in the longer one.
 * Both are 1 for the same words in any order and 0 for no word in common.
 */
const COMMON_WORDS = new Set(
  'a an and are as at be been by for from had has have he her him his i in is it its of on or she that the their them they this to was were with who will not no after before into out up about also been being but did do does done over than then there these those which while'.split(
    ' ',
  ),
);

export function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('es')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

export function wordSet(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9&]+/);
  return new Set(words.filter((w) => w.length > 1 && !COMMON_WORDS.has(w)).map(stem));
}

export function wordingSimilarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  const dice = (2 * shared) / (a.size + b.size);
  const overlap = shared / Math.min(a.size, b.size);
  return (dice + overlap) / 2;
}
