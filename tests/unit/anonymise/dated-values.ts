import Papa from 'papaparse';
import * as XLSX from 'xlsx';

/** A date or an instant found somewhere in a file, by where it was found. */
export interface DatedValue {
  /** "project:contacts.3.start", "workbook:Journey!Date", "csv:End date", "report". */
  where: string;
  /** Days since 01/01/1970. */
  day: number;
  /** An ISO instant with its zone (what the app records itself), not a calendar date. */
  instant: boolean;
  text: string;
}

const MS_PER_DAY = 86_400_000;
const EXCEL_DAY_OF_1970 = 25_569;
const INSTANT = /\b(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})(?!T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))/g;
const UK_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g;

const dayOf = (year: number, month: number, day: number) =>
  Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);

/** Every date written in a string: ISO instants, ISO dates (with or without a local time), dd/mm/yyyy. */
export function datesInText(where: string, text: string): DatedValue[] {
  const found: DatedValue[] = [];
  for (const m of text.matchAll(INSTANT))
    found.push({ where, day: Math.floor(Date.parse(m[0]) / MS_PER_DAY), instant: true, text: m[0] });
  for (const m of text.matchAll(ISO_DATE))
    found.push({ where, day: dayOf(Number(m[1]), Number(m[2]), Number(m[3])), instant: false, text: m[0] });
  for (const m of text.matchAll(UK_DATE))
    found.push({ where, day: dayOf(Number(m[3]), Number(m[2]), Number(m[1])), instant: false, text: m[0] });
  return found;
}

/** Every dated value in a parsed JSON document: strings, and numbers large enough to be milliseconds since 1970. */
export function datesInJson(value: unknown, path = 'project:'): DatedValue[] {
  if (typeof value === 'string') return datesInText(path, value);
  if (typeof value === 'number')
    return value > 1e11 && value < 1e13
      ? [{ where: path, day: Math.floor(value / MS_PER_DAY), instant: true, text: String(value) }]
      : [];
  if (value === null || typeof value !== 'object') return [];
  const sep = path.endsWith(':') ? '' : '.';
  return Object.entries(value).flatMap(([key, v]) => datesInJson(v, `${path}${sep}${key}`));
}

/** Every dated value in an xlsx workbook: cells formatted as dates (Excel serials) and dates written in text, by sheet and column header. */
export function datesInWorkbook(bytes: Uint8Array): DatedValue[] {
  const book = XLSX.read(bytes, { type: 'array', cellNF: true });
  return book.SheetNames.flatMap((name) => {
    const sheet = book.Sheets[name];
    return Object.keys(sheet)
      .filter((key) => !key.startsWith('!'))
      .flatMap((key) => {
        const cell = sheet[key] as XLSX.CellObject;
        const { c } = XLSX.utils.decode_cell(key);
        const header = (sheet[XLSX.utils.encode_cell({ r: 0, c })] as XLSX.CellObject | undefined)?.v;
        const where = `workbook:${name}!${String(header ?? '')}`;
        if (cell.t === 'n' && typeof cell.z === 'string' && /y/i.test(cell.z)) {
          return [
            {
              where,
              day: Math.floor(cell.v as number) - EXCEL_DAY_OF_1970,
              instant: false,
              text: String(cell.v),
            },
          ];
        }
        return typeof cell.v === 'string' ? datesInText(where, cell.v) : [];
      });
  });
}

/** Every date written in a CSV, by column header. */
export function datesInCsv(text: string): DatedValue[] {
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  const [headers, ...body] = rows;
  return body.flatMap((row) => row.flatMap((cell, c) => datesInText(`csv:${headers[c] ?? ''}`, cell)));
}
