import { describe, expect, it } from 'vitest';
import { scanText, type TextContext } from '../../../shared/anonymise/scan-text';
import { IDENTIFIER_KINDS } from '../../../shared/anonymise/text-span';
import { CLEAN_NOTES } from './clean-corpus';
import { PLANTED_NOTES } from './planted-corpus';

const MARK = /\[\[([a-z-]+):([^\]]+)\]\]/g;

const planted = PLANTED_NOTES.map((note) => ({
  text: note.replace(MARK, (_, _kind, value: string) => value),
  identifiers: [...note.matchAll(MARK)].map((m) => ({ kind: m[1], value: m[2] })),
}));
const allPlanted = planted.flatMap((p) => p.identifiers);

const context: TextContext = {
  knownNames: ['Kelly Marie Hughes', 'Kez'],
  staffNames: ['Sarah Whitfield'],
  notNames: new Set(),
  offsetDays: 7 * 40,
};

/** A planted value survives if it is still in the output as written (dates and numbers included). */
const survives = (value: string, output: string) => new RegExp(`(?<![\\w])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`).test(output);

describe('planted-identifier corpus', () => {
  it('plants at least 200 identifiers of every kind the scan looks for', () => {
    expect(allPlanted.length).toBeGreaterThanOrEqual(200);
    const kinds = new Set(allPlanted.map((p) => p.kind));
    for (const kind of IDENTIFIER_KINDS) expect(kinds, kind).toContain(kind);
  });

  it('leaves none of them in the anonymised text', () => {
    const survivors = planted.flatMap((note) => {
      const out = scanText(note.text, context).text;
      return note.identifiers.filter((id) => survives(id.value, out)).map((id) => `${id.kind} "${id.value}" in: ${out}`);
    });
    expect(survivors).toEqual([]);
  });

  it('replaces little else: tokens beyond the planted identifiers stay under 5% of them', () => {
    const tokens = planted.reduce((sum, note) => sum + Object.values(scanText(note.text, context).found).reduce((a, b) => a + b, 0), 0);
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
