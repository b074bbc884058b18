/**
 * Cost bearers are free text, and totals are grouped by them: "Local authority housing" beside
 * "Local authority (housing)" would split one organisation's costs in two. A bearer written like
 * one the library has (same words, whatever the case, punctuation, brackets or "&") is offered as
 * that one before a new bearer is made.
 */
export function costBearerKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The library's bearer that `name` is another spelling of, or null when it is new or written exactly as one. */
export function similarCostBearer(name: string, known: Iterable<string>): string | null {
  const key = costBearerKey(name);
  let similar: string | null = null;
  for (const bearer of known) {
    if (bearer === name) return null;
    if (similar === null && key !== '' && costBearerKey(bearer) === key) similar = bearer;
  }
  return similar;
}
