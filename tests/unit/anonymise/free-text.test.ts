import { describe, expect, it } from 'vitest';
import { scanText, type TextContext } from '../../../shared/anonymise/scan-text';
import { IDENTIFIER_KINDS } from '../../../shared/anonymise/text-span';
import { CLEAN_NOTES } from './clean-corpus';
import { PLANTED_NOTES } from './planted-corpus';

const MARK = /\[\[([a-z-]+):([^\]]+)\]\]/g;

const planted = PLANTED_NOTES.map((note) => ({
  text: note.replace(MARK, (_, _kind, value: string) => value),
  rest: note.replace(MARK, ' '),
  identifiers: [...note.matchAll(MARK)].map((m) => ({ kind: m[1], value: m[2] })),
}));
const allPlanted = planted.flatMap((p) => p.identifiers);

const context: TextContext = {
  knownNames: ['Kelly Marie Hughes', 'Kez'],
  staffNames: ['Sarah Whitfield'],
  notNames: new Set(),
  offsetDays: 7 * 40,
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const asWord = (value: string, text: string) => new RegExp(`(?<![\\w])${escape(value)}(?![\\w])`).test(text);

/**
 * A planted value survives if it is still in the output as written (dates and numbers included),
 * or if any group of it with a digit in it is ("[POSTCODE] 4st", "[DATE OF BIRTH] 88") and that
 * group is nowhere else in the note. Dates and ages are replaced by values with digits of their
 * own (a shifted date, an age band), so only their whole value is looked for.
 */
const survives = (kind: string, value: string, output: string, rest: string) =>
  asWord(value, output) ||
  (kind !== 'date' &&
    kind !== 'age' &&
    value.split(/\s+/).some((part) => /\d/.test(part) && asWord(part, output) && !asWord(part, rest)));

describe('planted-identifier corpus', () => {
  it('plants at least 200 identifiers of every kind the scan looks for', () => {
    expect(allPlanted.length).toBeGreaterThanOrEqual(200);
    const kinds = new Set(allPlanted.map((p) => p.kind));
    for (const kind of IDENTIFIER_KINDS) expect(kinds, kind).toContain(kind);
  });

  it('leaves none of them in the anonymised text', () => {
    const survivors = planted.flatMap((note) => {
      const out = scanText(note.text, context).text;
      return note.identifiers
        .filter((id) => survives(id.kind, id.value, out, note.rest))
        .map((id) => `${id.kind} "${id.value}" in: ${out}`);
    });
    expect(survivors).toEqual([]);
  });

  it('replaces little else: tokens beyond the planted identifiers stay under 5% of them', () => {
    const tokens = planted.reduce(
      (sum, note) => sum + Object.values(scanText(note.text, context).found).reduce((a, b) => a + b, 0),
      0,
    );
    const extra = tokens - allPlanted.length;
    expect(extra / allPlanted.length).toBeLessThan(0.05);
  });
});

describe('clean corpus (no identifiers)', () => {
  it('makes at most 3 replacements across 60 realistic notes (false positives)', () => {
    const falsePositives = CLEAN_NOTES.flatMap((note) => {
      const scanned = scanText(note, context);
      return scanned.text === note ? [] : [scanned.text];
    });
    expect(CLEAN_NOTES.length).toBe(60);
    expect(falsePositives.length, falsePositives.join('\n')).toBeLessThanOrEqual(3);
  });
});
