import { writeFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { toDayNumber } from '../../shared/model';
import { serialiseProjectFile } from '../../shared/project/project-file';
import { ADULT_R_PROJECT, adultRProject } from './adult-r-project';
import { ADULT_SOCIAL_CARE, HOSPITAL, HOUSING, POLICE, TREATMENT_CSV } from './adult-r-returns';
import { returnDocx } from './return-docx';

/**
 * Writes Adult R's five agency returns (two Word documents, two workbooks, one csv) into
 * samples/returns/, from the text in adult-r-returns.ts, then the training sample
 * samples/projects/adult-r.journey.json merged from them. Run: npx tsx samples/returns/make-chronology-returns.ts
 */
const OUT = 'samples/returns';
/** Days from Excel's day 0 (30/12/1899) to 01/01/1970. */
const EXCEL_EPOCH_OFFSET = 25_569;

function workbook(sheetName: string, rows: XLSX.CellObject[][]): Buffer {
  const sheet: XLSX.WorkSheet = {};
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      sheet[XLSX.utils.encode_cell({ r, c })] = cell;
    }),
  );
  sheet['!ref'] = XLSX.utils.encode_range({
    s: { r: 0, c: 0 },
    e: { r: rows.length - 1, c: Math.max(...rows.map((r) => r.length)) - 1 },
  });
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, sheetName);
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}

const text = (v: string): XLSX.CellObject => ({ t: 's', v });
const excelDate = (local: string): XLSX.CellObject => ({
  t: 'n',
  v: toDayNumber(local) + EXCEL_EPOCH_OFFSET,
  z: 'dd/mm/yyyy hh:mm',
});

writeFileSync(`${OUT}/adult-r-police.docx`, await returnDocx([POLICE]));
writeFileSync(`${OUT}/adult-r-adult-social-care.docx`, await returnDocx([ADULT_SOCIAL_CARE]));
writeFileSync(
  `${OUT}/adult-r-hospital.xlsx`,
  workbook(HOSPITAL.sheet, [
    ...HOSPITAL.above.map((line) => line.map(text)),
    [],
    HOSPITAL.header.map(text),
    ...HOSPITAL.rows.map(([when, ...rest]) => [excelDate(when), ...rest.map(text)]),
  ]),
);
writeFileSync(
  `${OUT}/adult-r-housing.xlsx`,
  workbook(HOUSING.sheet, [HOUSING.header.map(text), ...HOUSING.rows.map((row) => row.map(text))]),
);
writeFileSync(`${OUT}/adult-r-recovery-service.csv`, TREATMENT_CSV);
writeFileSync(ADULT_R_PROJECT, serialiseProjectFile(adultRProject()));
