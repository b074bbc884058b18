import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { cohortFrame, generateContacts, type CohortOptions } from '../../samples/generator/synthetic-cohort';
import type { Contact } from '../../shared/model';

/**
 * Writes the generator's contacts as a contacts sheet in the canonical template's columns
 * (samples/templates/contacts-template.csv), for the import benchmark:
 *   npx tsx tests/bench/import-sheet.ts ROWS xlsx|csv OUT
 * A csv is written a chunk at a time, so a million rows never sit in memory as one string.
 */
const HEADERS = [
  'Case',
  'Date',
  'End date',
  'Agency',
  'Contact type',
  'Quantity',
  'Outcome',
  'Description',
  'Missed opportunity',
  'Category',
  'Note',
  'Unit cost',
  'Unit',
  'Price year',
  'Cost bearer',
  'Source',
];

const [rowsText, format, out] = process.argv.slice(2);
const rows = Number(rowsText);
const options: CohortOptions = { seed: 29, cases: Math.max(1, Math.round(rows / 200)), totalContacts: rows };
const frame = cohortFrame(options);
const pseudonyms = new Map(frame.cases.map((c) => [c.id, c.pseudonym]));
const agencies = new Map(frame.agencies.map((a) => [a.id, a.name]));
// The agencies the sheet names, for the store the benchmark imports into (a new store knows ten of the twelve).
writeFileSync(`${out}.agencies.json`, JSON.stringify(frame.agencies));

const ukDate = (stamp: string) =>
  `${stamp.slice(8, 10)}/${stamp.slice(5, 7)}/${stamp.slice(0, 4)}${stamp.length > 10 ? ` ${stamp.slice(11, 16)}` : ''}`;
const row = (c: Contact): string[] => [
  pseudonyms.get(c.caseId) ?? '',
  ukDate(c.start),
  c.end === null ? '' : ukDate(c.end),
  agencies.get(c.agencyId) ?? '',
  c.contactType,
  c.quantity === null ? '' : String(c.quantity),
  c.outcome,
  c.description,
  c.missedOpportunity ? 'yes' : 'no',
  c.missedOpportunity?.category ?? '',
  c.missedOpportunity?.note ?? '',
  '',
  '',
  '',
  '',
  '',
];
const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

if (format === 'csv') {
  const file = openSync(out, 'w');
  try {
    writeSync(file, `${HEADERS.join(',')}\n`);
    for (const chunk of generateContacts(options))
      writeSync(file, `${chunk.map((c) => row(c).map(csvCell).join(',')).join('\n')}\n`);
  } finally {
    closeSync(file);
  }
} else {
  const all: string[][] = [HEADERS];
  for (const chunk of generateContacts(options)) for (const c of chunk) all.push(row(c));
  writeFileSync(
    out,
    XLSX.write(
      { SheetNames: ['Contacts'], Sheets: { Contacts: XLSX.utils.aoa_to_sheet(all) } },
      { type: 'buffer', bookType: 'xlsx', compression: true },
    ) as Buffer,
  );
}
// The generator's options: the baseline page makes the same records from them, to store them alone.
process.stdout.write(`${JSON.stringify(options)}\n`);
