import { JOURNEY_TABLES, type JourneyTable } from '../../shared/editing/change-set';
import { lineGzip } from '../../shared/backup/gzip-lines';
import { storeBackupHeaderLine, storeBackupRowLine } from '../../shared/backup/store-backup';
import type { JourneyDatabase } from './journey-database';

/** Rows read and compressed at a time: a million contacts never sit in memory together. */
const PAGE = 20_000;

/**
 * The whole store as a gzipped store backup, read in one transaction so it never mixes two
 * states of the store, each table a page at a time by primary key.
 */
export async function storeBackupOf(
  db: JourneyDatabase,
  exportedAt = new Date().toISOString(),
  pageSize = PAGE,
): Promise<Uint8Array> {
  const gzip = lineGzip();
  await db.transaction(
    'r',
    JOURNEY_TABLES.map((t) => db.table(t)),
    async () => {
      const counts = Object.fromEntries(
        await Promise.all(JOURNEY_TABLES.map(async (t) => [t, await db.table(t).count()] as const)),
      ) as Record<JourneyTable, number>;
      gzip.push(storeBackupHeaderLine(counts, exportedAt));
      for (const table of JOURNEY_TABLES) {
        let last: string | null = null;
        for (;;) {
          const collection =
            last === null ? db.table(table).orderBy(':id') : db.table(table).where(':id').above(last);
          const page = (await collection.limit(pageSize).toArray()) as Array<{ id: string }>;
          for (const row of page) gzip.push(storeBackupRowLine(table, row));
          if (page.length < pageSize) break;
          last = page[page.length - 1].id;
        }
      }
    },
  );
  return gzip.finish();
}
