import { createGzip } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gunzipLines, lineGzip } from '../../../shared/backup/gzip-lines';
import {
  readStoreBackup,
  storeBackupHeaderLine,
  storeBackupRowLine,
} from '../../../shared/backup/store-backup';

const NONE = {
  cases: 0,
  agencies: 0,
  contacts: 0,
  links: 0,
  lifeEvents: 0,
  unitCosts: 0,
  categories: 0,
  outcomes: 0,
  outcomeMeasures: 0,
};
const header = (rows: Partial<typeof NONE>) =>
  storeBackupHeaderLine({ ...NONE, ...rows }, '2026-12-02T06:00:00.000Z');
const aCase = (id: string) =>
  storeBackupRowLine('cases', {
    id,
    pseudonym: `Person ${id}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  } as { id: string });

/** A gzip of `head`, then `size` bytes of `fill`, then `tail`: compressed (by Node's zlib, for speed) a megabyte at a time, so the test never holds the inflated text. */
async function bomb(head: string, fill: string, size: number, tail = ''): Promise<Uint8Array> {
  const gzip = createGzip({ level: 9 });
  const parts: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => parts.push(chunk));
  const done = new Promise((resolve) => gzip.on('end', resolve));
  gzip.write(head);
  const megabyte = Buffer.from(fill.repeat(Math.ceil((1 << 20) / fill.length)).slice(0, 1 << 20));
  for (let written = 0; written < size; written += megabyte.byteLength) gzip.write(megabyte);
  gzip.end(tail);
  await done;
  return new Uint8Array(Buffer.concat(parts));
}

const peakRss = () => process.resourceUsage().maxRSS * 1024;

describe('backup bombs', () => {
  it('refuses a small file that inflates to a huge line, within a fixed memory bound', async () => {
    const bytes = await bomb(`${header({ cases: 1 })}\n["cases",{"id":"`, 'a', 512 * (1 << 20), '"}]\n');
    expect(bytes.byteLength).toBeLessThan(2 * (1 << 20));
    const before = peakRss();
    const read = readStoreBackup(bytes);
    const grew = peakRss() - before;
    console.log(
      `bomb: ${bytes.byteLength} bytes; peak resident memory grew by ${(grew / (1 << 20)).toFixed(1)} MB`,
    );
    expect(read).toEqual({
      ok: false,
      errors: [
        'the backup is refused at line 2: a line is longer than 524,288 characters, more than a backup of the rows its header declares can hold',
      ],
    });
    // Inflated whole, the bomb would not fit the bound below; refusing early keeps the growth small.
    expect(grew).toBeLessThan(64 * (1 << 20));
  });

  it('refuses at the first row beyond what the header declares', async () => {
    const bytes = await bomb(`${header({ cases: 1 })}\n`, `${aCase('c1')}\n`, 64 * (1 << 20));
    const read = readStoreBackup(bytes);
    expect(read).toEqual({
      ok: false,
      errors: [
        'line 3: the backup holds more cases than its header says (1); it has been edited or is not a backup',
      ],
    });
  });

  it('refuses a file that inflates past what its declared rows can take, even in short lines', async () => {
    const bytes = await bomb(`${header({ cases: 1 })}\n`, 'x\n'.repeat(50), 64 * (1 << 20));
    const lines = gunzipLines(bytes, { maxLineChars: 1_000, maxBytes: 4 * (1 << 20) });
    let count = 0;
    expect(() => {
      for (const line of lines) count += line.length;
    }).toThrow('it inflates to more than 4,194,304 bytes');
    expect(count).toBeLessThan(8 * (1 << 20));
  });

  it('still reads an honest backup whose rows are long', () => {
    const gzip = lineGzip();
    gzip.push(header({ cases: 1 }));
    const row = {
      id: 'c1',
      pseudonym: 'Person c1',
      notes: '\u0001'.repeat(20_000),
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    gzip.push(storeBackupRowLine('cases', row));
    const read = readStoreBackup(gzip.finish());
    expect(read.ok).toBe(true);
  });
});
