import { readFileSync } from 'node:fs';
import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { storeRowsOf } from '../../../shared/backup/backups';
import { gunzipLines, lineGzip } from '../../../shared/backup/gzip-lines';
import { parseProjectFileText } from '../../../shared/project/project-file';
import {
  readStoreBackup,
  storeBackupBytes,
  storeBackupHeaderLine,
  storeBackupRowLine,
} from '../../../shared/backup/store-backup';

const read = parseProjectFileText(readFileSync('samples/projects/cohort-30.journey.json', 'utf8'));
if (!read.ok) throw new Error('sample unreadable');
const rows = storeRowsOf(read.project);
const counts = Object.fromEntries(Object.entries(rows).map(([t, list]) => [t, list.length])) as Record<
  keyof typeof rows,
  number
>;

/** A backup from hand-written lines, to plant faults in. */
function backupOf(lines: string[]): Uint8Array {
  const gzip = lineGzip();
  for (const line of lines) gzip.push(line);
  return gzip.finish();
}
const header = (rowCounts = counts) => storeBackupHeaderLine(rowCounts, '2026-12-02T06:00:00.000Z');
const allRowLines = () =>
  Object.entries(rows).flatMap(([table, list]) =>
    list.map((row) => storeBackupRowLine(table as keyof typeof rows, row)),
  );

describe('store backups', () => {
  it('reads a backup written before outcome scores, whose header counts none', () => {
    const before = Object.fromEntries(
      Object.entries(counts).filter(([table]) => table !== 'outcomes' && table !== 'outcomeMeasures'),
    );
    const headerLine = JSON.stringify({ ...JSON.parse(header()), rows: before });
    const back = readStoreBackup(backupOf([headerLine, ...allRowLines()]));
    if (!back.ok) throw new Error(back.errors.join('; '));
    expect(back.rows).toEqual({ ...rows, outcomes: [], outcomeMeasures: [] });
  });

  it('gives back every row of the store exactly, at a tenth of the text’s size', () => {
    const bytes = storeBackupBytes(rows, '2026-12-02T06:00:00.000Z');
    const back = readStoreBackup(bytes);
    if (!back.ok) throw new Error(back.errors.join('; '));
    expect(back.rows).toEqual(rows);
    expect(back.exportedAt).toBe('2026-12-02T06:00:00.000Z');
    expect(rows.contacts.length).toBeGreaterThan(5_000);
    expect(bytes.byteLength).toBeLessThan(JSON.stringify(rows).length / 8);
  });

  it('names the line and field of a row that fails its schema, and reads nothing', () => {
    const lines = [header(), ...allRowLines()];
    const contactLine = lines.findIndex((l) => l.startsWith('["contacts"'));
    lines[contactLine] = lines[contactLine].replace(/"start":"[^"]+"/, '"start":"31/02/2020"');
    const back = readStoreBackup(backupOf(lines));
    expect(back.ok).toBe(false);
    if (!back.ok)
      expect(back.errors[0]).toMatch(new RegExp(`^line ${contactLine + 1} \\(contacts\\): start: `));
  });

  it('refuses a backup cut short, one that is not a backup, a newer version, forbidden keys and broken references', () => {
    const lines = [header(), ...allRowLines()];
    const cut = readStoreBackup(backupOf(lines.slice(0, -10)));
    expect(cut.ok ? [] : cut.errors[0]).toBe('the backup is incomplete (cut short or edited)');
    const bytes = backupOf(lines);
    const truncated = readStoreBackup(bytes.subarray(0, Math.floor(bytes.byteLength / 2)));
    // Where the cut falls in the compressed stream decides which is met first, a broken stream or a half-written last line: either is refused at its line.
    expect(truncated.ok ? '' : truncated.errors[0]).toMatch(
      /^(the backup cannot be read at line \d+|line \d+: not valid JSON)/,
    );
    expect(
      readStoreBackup(gzipSync(new TextEncoder().encode('{"type":"journey-mapper/project"}\n'))),
    ).toEqual({
      ok: false,
      errors: ['this is not a Journey Mapper store backup (line 1 is not its header)'],
    });
    expect(readStoreBackup(new TextEncoder().encode('plain text'))).toMatchObject({ ok: false });
    const newer = header().replace('"version":1', '"version":2');
    expect(readStoreBackup(backupOf([newer]))).toEqual({
      ok: false,
      errors: ['this backup was written by a newer Journey Mapper (version 2); update the app to restore it'],
    });
    const polluted = readStoreBackup(
      backupOf([header(), '["cases",{"__proto__":{"x":1},"id":"a","pseudonym":"A"}]']),
    );
    expect(polluted.ok ? '' : polluted.errors[0]).toMatch(/^line 2: a forbidden key/);
    const orphan = read.project.contacts[0];
    const noCase = readStoreBackup(
      backupOf([
        header({ ...counts, cases: 0, contacts: 1, links: 0, lifeEvents: 0 }),
        storeBackupRowLine('contacts', orphan),
        ...allRowLines().filter((l) => !/^\["(cases|contacts|links|lifeEvents)"/.test(l)),
      ]),
    );
    expect(noCase.ok ? '' : noCase.errors[0]).toBe(`contacts[0].caseId: no case with id "${orphan.caseId}"`);
  });

  it('reads lines across every chunk boundary, a character split between chunks kept whole', () => {
    // Text that does not compress, so its compressed bytes run to several of the reader's one-megabyte chunks.
    let seed = 7;
    const noise = () => (((seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0) >>> 24) % 26) + 97;
    const lines = Array.from(
      { length: 3_000 },
      (_, i) => `${i} é€😀 ${String.fromCharCode(...Array.from({ length: 1_200 }, noise))}`,
    );
    const bytes = backupOf(lines);
    expect(bytes.byteLength).toBeGreaterThan(2 * (1 << 20));
    expect([...gunzipLines(bytes, { maxLineChars: 1 << 20, maxBytes: 1 << 30 })]).toEqual(lines);
  });
});
