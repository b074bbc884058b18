import { describe, expect, it } from 'vitest';
import { describeImportProblem } from '../../../shared/contact-sheet/contact-rows';
import { delimitedSheet, guessDelimiter } from '../../../shared/contact-sheet/delimited-sheet';
import { openContactFile } from '../../../shared/contact-sheet/open-contact-file';
import { checkSheet } from '../../../shared/contact-sheet/sheet-check';
import type { SheetRow } from '../../../shared/contact-sheet/sheet-grid';
import type { SheetSource } from '../../../shared/contact-sheet/sheet-source';

const texts = (row: SheetRow) => row.map((c) => (c === null ? '' : c.kind === 'text' ? c.text : String(c)));

function allRows(source: SheetSource, from = 0): SheetRow[] {
  return [...source.batches(from)].flat();
}

describe('a delimited text sheet', () => {
  // Each row is about 120 characters, so 30,000 rows cross papaparse's 1 MB chunks several times,
  // and every 7th row holds a quoted cell with a comma and a line break that may straddle a chunk.
  const ROWS = 30_000;
  const cells = (i: number) => [
    `Person ${i % 50}`,
    '03/02/2019',
    'Police',
    i % 7 === 0 ? `Note ${i}, first line\nsecond line` : `Note ${i}`,
    'x'.repeat(80),
  ];
  const line = (i: number) =>
    cells(i)
      .map((c) => (/[,\n]/.test(c) ? `"${c}"` : c))
      .join(',');
  const text = `Case,Date,Agency,Description,Padding\r\n${Array.from({ length: ROWS }, (_, i) => line(i)).join('\r\n')}\r\n\r\n\r\n`;

  it('reads every row, in order, across chunks, without the blank lines at the end', () => {
    const source = delimitedSheet(text);
    expect(source.rowCount).toBe(ROWS + 1);
    const rows = allRows(source);
    expect(rows).toHaveLength(ROWS + 1);
    expect(texts(rows[0])).toEqual(['Case', 'Date', 'Agency', 'Description', 'Padding']);
    expect(
      rows.slice(1).flatMap((row, i) => (JSON.stringify(texts(row)) === JSON.stringify(cells(i)) ? [] : [i])),
    ).toEqual([]);
  });

  it('starts a read at any row', () => {
    const rows = allRows(delimitedSheet(text), 20_001);
    expect(rows).toHaveLength(ROWS - 20_000);
    expect(texts(rows[0])[3]).toBe('Note 20000');
  });

  it('reports progress through the file while it counts the rows', () => {
    const seen: number[] = [];
    delimitedSheet(text, (done, total) => {
      expect(total).toBe(text.length);
      seen.push(done);
    });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)).toBe(text.length);
  });

  it('guesses the delimiter from the top of the file, not from quoted text', () => {
    expect(guessDelimiter('Case,Date,Agency\n"a;b;c;d",03/02/2019,"x;y"')).toBe(',');
    expect(guessDelimiter('Case\tDate\tAgency\nA\t03/02/2019\tPolice')).toBe('\t');
    expect(guessDelimiter('Case;Date;Agency\nA;03/02/2019;Police, the local force')).toBe(';');
    expect(guessDelimiter('One column')).toBe(',');
  });

  it('locates a quote that is never closed, and nothing is imported', () => {
    const bytes = new TextEncoder().encode(
      'Case,Date,Agency,Contact type\nA,03/02/2019,Police,Arrest\nA,04/02/2019,"Police,Arrest\nA,05/02/2019,Police,Arrest\n',
    );
    const opened = openContactFile(bytes, 'broken.csv');
    if (!opened.ok) throw new Error('unreadable');
    const check = checkSheet(
      opened.sheets[0],
      { headerRow: 0, columns: ['case', 'date', 'agency', 'contactType'], dateOrder: 'day first' },
      'broken.csv',
    );
    expect(check.problems.map(describeImportProblem)).toContain(
      'broken.csv, sheet "Sheet1", row 3: a quoted cell in this row is never closed, so everything after it would be read as one cell; close the quote (") or remove it',
    );
  });

  it("reads text as the user's software wrote it: UTF-8, Windows-1252 or UTF-16", () => {
    const header = 'Case,Date,Agency,Contact type,Unit cost\n';
    const row = 'A,03/02/2019,Police,Arrest,£30.38\n';
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[...(header + row)].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    const windows1252 = new Uint8Array([...(header + row)].map((c) => (c === '£' ? 0xa3 : c.charCodeAt(0))));
    for (const bytes of [new TextEncoder().encode(`\uFEFF${header}${row}`), windows1252, utf16]) {
      const opened = openContactFile(bytes, 'costs.csv');
      if (!opened.ok) throw new Error('unreadable');
      expect(texts(allRows(opened.sheets[0])[1])).toEqual(['A', '03/02/2019', 'Police', 'Arrest', '£30.38']);
      expect(texts(allRows(opened.sheets[0])[0])[0]).toBe('Case');
    }
  });
});
