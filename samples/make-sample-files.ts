import { readFileSync, writeFileSync } from 'node:fs';
import * as XLSX from 'xlsx';

/**
 * Writes the .xlsx twins of the sample CSVs, so the spreadsheets in samples/ are reproducible
 * from text that reviews well. Run: npx tsx samples/make-sample-files.ts
 */
const PAIRS: Array<[string, string, string]> = [
  ['samples/scenarios/safe-space-appendix-2.csv', 'samples/scenarios/safe-space-appendix-2.xlsx', 'Scenario'],
  ['samples/templates/scenario-template.csv', 'samples/templates/scenario-template.xlsx', 'Scenario'],
  ['samples/templates/contacts-template.csv', 'samples/templates/contacts-template.xlsx', 'Contacts'],
];

for (const [csvPath, xlsxPath, sheetName] of PAIRS) {
  const source = XLSX.read(readFileSync(csvPath, 'utf8'), { type: 'string', raw: true });
  const rows = XLSX.utils.sheet_to_json<string[]>(source.Sheets[source.SheetNames[0]], {
    header: 1,
    raw: false,
    defval: '',
  });
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  sheet['!cols'] = rows[0].map((header) => ({ wch: Math.max(12, Math.min(60, header.length + 4)) }));
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, sheetName);
  writeFileSync(
    xlsxPath,
    XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer,
  );
}
