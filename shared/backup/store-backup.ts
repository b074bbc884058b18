import { z } from 'zod';
import { JOURNEY_TABLES, type JourneyTable } from '../editing/change-set';
import {
  Agency,
  Case,
  Contact,
  LifeEvent,
  Link,
  MissedOpportunityCategory,
  OutcomeMeasure,
  OutcomeMeasurement,
  UnitCost,
} from '../model';
import { storeRowsOf, type StoreRows } from './backups';
import { gunzipLines, InflatedTooLarge, isGzip, lineGzip, type GunzipBounds } from './gzip-lines';
import { hasPollutingKey, integrityErrors, parseProjectFileText } from '../project/project-file';

/**
 * A backup of the whole store: gzipped text, a header line and then one line per row,
 * `["contacts", {…}]`. Unlike a project file it is never one JSON document, so it is written and
 * read a line at a time: a store of a million contacts makes more text than one string holds,
 * and gzip makes it about a tenth of the size (fourteen are kept).
 */
const STORE_BACKUP_TYPE = 'journey-mapper/store-backup';
const STORE_BACKUP_VERSION = 1;

/** Tables added since backups were first written: a backup from before them has none of their rows. */
const LATER_TABLES: readonly JourneyTable[] = ['outcomes', 'outcomeMeasures'];
const RowCounts = z.object(
  Object.fromEntries(
    JOURNEY_TABLES.map((t) => [
      t,
      LATER_TABLES.includes(t) ? z.number().int().min(0).default(0) : z.number().int().min(0),
    ]),
  ) as Record<JourneyTable, z.ZodNumber>,
);

const StoreBackupHeader = z.object({
  type: z.literal(STORE_BACKUP_TYPE),
  version: z.number().int(),
  source: z.string(),
  exportedAt: z.string(),
  rows: RowCounts,
});
export type StoreBackupHeader = z.infer<typeof StoreBackupHeader>;

const ROW_SCHEMAS: Record<JourneyTable, z.ZodType<{ id: string }>> = {
  cases: Case,
  agencies: Agency,
  contacts: Contact,
  links: Link,
  lifeEvents: LifeEvent,
  unitCosts: UnitCost,
  categories: MissedOpportunityCategory,
  outcomes: OutcomeMeasurement,
  outcomeMeasures: OutcomeMeasure as z.ZodType<{ id: string }>,
};

/** The backup's first line, with each table's row count so that a cut-short file is noticed. */
export function storeBackupHeaderLine(counts: Record<JourneyTable, number>, exportedAt: string): string {
  const header: StoreBackupHeader = {
    type: STORE_BACKUP_TYPE,
    version: STORE_BACKUP_VERSION,
    source: 'Journey Mapper',
    exportedAt,
    rows: counts,
  };
  return JSON.stringify(header);
}

export function storeBackupRowLine(table: JourneyTable, row: { id: string }): string {
  return `[${JSON.stringify(table)},${JSON.stringify(row)}]`;
}

/** A whole store's backup from rows in memory (the app's own backups read the store a page at a time instead). */
export function storeBackupBytes(rows: StoreRows, exportedAt: string): Uint8Array {
  const gzip = lineGzip();
  gzip.push(
    storeBackupHeaderLine(
      Object.fromEntries(JOURNEY_TABLES.map((t) => [t, rows[t].length])) as Record<JourneyTable, number>,
      exportedAt,
    ),
  );
  for (const table of JOURNEY_TABLES)
    for (const row of rows[table]) gzip.push(storeBackupRowLine(table, row));
  return gzip.finish();
}

export type StoreBackupRead =
  { ok: true; rows: StoreRows; exportedAt: string } | { ok: false; errors: string[] };

const MAX_ERRORS = 50;

function emptyRows(): StoreRows {
  return Object.fromEntries(JOURNEY_TABLES.map((t) => [t, []])) as unknown as StoreRows;
}

function readHeader(line: string | undefined): StoreBackupHeader | string {
  if (line === undefined) return 'the backup is empty';
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return 'line 1 is not a backup header (not valid JSON)';
  }
  const header = StoreBackupHeader.safeParse(json);
  if (!header.success) return 'this is not a Journey Mapper store backup (line 1 is not its header)';
  if (header.data.version > STORE_BACKUP_VERSION)
    return `this backup was written by a newer Journey Mapper (version ${header.data.version}); update the app to restore it`;
  return header.data;
}

/** Checks one row line; returns the table and row, or why not, naming the line and field. */
function readRow(line: string, lineNumber: number): { table: JourneyTable; row: { id: string } } | string {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return `line ${lineNumber}: not valid JSON`;
  }
  if (!Array.isArray(json) || json.length !== 2 || !(JOURNEY_TABLES as readonly unknown[]).includes(json[0]))
    return `line ${lineNumber}: not a row of a known table`;
  const table = json[0] as JourneyTable;
  if (hasPollutingKey(json[1]))
    return `line ${lineNumber}: a forbidden key (__proto__, constructor or prototype) or nesting too deep`;
  const parsed = ROW_SCHEMAS[table].safeParse(json[1]);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return `line ${lineNumber} (${table}): ${issue.path.join('.') || 'row'}: ${issue.message}`;
  }
  return { table, row: parsed.data };
}

/**
 * The most characters a row's line may hold: the longest row the schemas allow (a contact's
 * texts add up to about 35,000 characters) written with every character escaped, and room over.
 */
export const MAX_ROW_LINE_CHARS = 1 << 19;
/** However many rows a header declares, a backup never inflates past this. */
export const MAX_BACKUP_INFLATED_BYTES = 4 * 1024 ** 3;

/** What the rows a header declares can inflate to at most: a bound that a bomb cannot talk up. */
function inflatedBound(header: StoreBackupHeader, headerChars: number): number {
  const declared = JOURNEY_TABLES.reduce((sum, t) => sum + header.rows[t], 0);
  return Math.min(MAX_BACKUP_INFLATED_BYTES, (headerChars + 1) * 4 + declared * (MAX_ROW_LINE_CHARS * 3 + 1));
}

/**
 * Reads a store backup a line at a time, checking every row, the row counts and every
 * reference. The text is never inflated beyond what the header's row counts allow (nor past a
 * hard ceiling), no line may pass MAX_ROW_LINE_CHARS, and a table holding more rows than its
 * header says is refused at that row: a small file cannot make the app fill its memory.
 */
export function readStoreBackup(bytes: Uint8Array): StoreBackupRead {
  const errors: string[] = [];
  const rows = emptyRows();
  let header: StoreBackupHeader | null = null;
  let lineNumber = 0;
  const bounds: GunzipBounds = { maxLineChars: MAX_ROW_LINE_CHARS, maxBytes: MAX_BACKUP_INFLATED_BYTES };
  try {
    for (const line of gunzipLines(bytes, bounds)) {
      lineNumber += 1;
      if (lineNumber === 1) {
        const read = readHeader(line);
        if (typeof read === 'string') return { ok: false, errors: [read] };
        header = read;
        bounds.maxBytes = inflatedBound(read, line.length);
        continue;
      }
      const read = readRow(line, lineNumber);
      if (typeof read === 'string') {
        errors.push(read);
        if (errors.length >= MAX_ERRORS) break;
      } else if (header !== null && rows[read.table].length >= header.rows[read.table]) {
        return {
          ok: false,
          errors: [
            `line ${lineNumber}: the backup holds more ${read.table} than its header says (${header.rows[read.table].toLocaleString('en-GB')}); it has been edited or is not a backup`,
          ],
        };
      } else rows[read.table].push(read.row);
    }
  } catch (error) {
    if (error instanceof InflatedTooLarge)
      return {
        ok: false,
        errors: [
          `the backup is refused at line ${lineNumber + 1}: ${error.message}, more than a backup of the rows its header declares can hold`,
        ],
      };
    return {
      ok: false,
      errors: [
        `the backup cannot be read at line ${lineNumber + 1}: ${error instanceof Error ? error.message : String(error)}`,
      ],
    };
  }
  if (header === null) return { ok: false, errors: [readHeader(undefined) as string] };
  if (errors.length > 0) return { ok: false, errors };
  const expected = header.rows;
  const short = JOURNEY_TABLES.filter((t) => rows[t].length !== expected[t]).map(
    (t) =>
      `${t}: the header says ${expected[t].toLocaleString('en-GB')}, the backup holds ${rows[t].length.toLocaleString('en-GB')}`,
  );
  if (short.length > 0)
    return { ok: false, errors: ['the backup is incomplete (cut short or edited)', ...short] };
  // Every row passed its own table's schema above, so the tables hold what integrityErrors reads.
  const broken = integrityErrors(rows as unknown as Parameters<typeof integrityErrors>[0]);
  if (broken.length > 0) return { ok: false, errors: broken.slice(0, MAX_ERRORS) };
  return { ok: true, rows, exportedAt: header.exportedAt };
}

/**
 * A whole-store file's rows, whichever kind it is: a store backup (gzip) as backups and "Export
 * everything" now write, or a project file as backups were before.
 */
export function readBackupFile(bytes: Uint8Array): StoreBackupRead {
  if (isGzip(bytes)) return readStoreBackup(bytes);
  const read = parseProjectFileText(new TextDecoder().decode(bytes));
  return read.ok ? { ok: true, rows: storeRowsOf(read.project), exportedAt: read.project.exportedAt } : read;
}
