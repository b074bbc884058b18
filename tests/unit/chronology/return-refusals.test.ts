import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { describeReturnProblem } from '../../../shared/chronology/return-problems';
import { suggestReturnMapping } from '../../../shared/chronology/return-columns';
import { readReturnEntries } from '../../../shared/chronology/return-rows';
import { openReturn } from '../../../shared/chronology/return-tables';
import { deepTables, docxOf, entityBomb, honestBomb, lyingBomb, tableXml, wordXml } from './hostile-returns';

const refusal = (bytes: Uint8Array, file = 'return.docx') => {
  const read = openReturn(bytes, file);
  return read.ok ? 'read' : read.problems.map(describeReturnProblem).join('\n');
};

describe('hostile and damaged Word returns', () => {
  it('refuses random bytes, an empty file, a cut-short zip and an old .doc, each saying why', () => {
    const good = docxOf(
      wordXml(
        tableXml([
          ['Date', 'Event'],
          ['01/03/2019', 'Seen'],
        ]),
      ),
    );
    expect(refusal(good)).toBe('read');
    expect(refusal(new Uint8Array([1, 2, 3, 4, 5]))).toBe('return.docx: is not a Word document (.docx)');
    expect(refusal(new Uint8Array())).toBe('return.docx: the file is empty (0 bytes)');
    expect(refusal(good.subarray(0, good.byteLength - 30))).toMatch(/^return\.docx: the file is damaged/);
    expect(refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]), 'old.doc')).toBe(
      'old.doc: is an old Word (.doc) document; save it as .docx and import that',
    );
    expect(refusal(docxOf('<nonsense'))).toMatch(
      /^return\.docx: (is not a Word document|the document's XML cannot be read)/,
    );
  });

  it('never expands XML entities: a billion-laughs document reads its text literally', () => {
    const read = openReturn(entityBomb(), 'bomb.docx');
    if (!read.ok) throw new Error('refused');
    const { entries } = readReturnEntries(
      'bomb.docx',
      read.tables[0],
      suggestReturnMapping(read.tables[0].header),
      'Police',
    );
    expect(entries.map((e) => e.event)).toEqual(['&lol9;']);
  });

  it('refuses zip bombs, whether the zip states the true size or lies about it', () => {
    expect(refusal(honestBomb())).toMatch(
      /^return\.docx: the document's text would expand past 64 MB; the file is refused as a possible zip bomb$/,
    );
    expect(refusal(lyingBomb())).toMatch(
      /^return\.docx: the document's text would expand past 64 MB|^return\.docx: the file is damaged/,
    );
  });

  it('refuses tables nested deeper than any document, and locates a table in a cell', () => {
    expect(refusal(deepTables(5_000))).toBe(
      'return.docx: the document is nested too deeply to be a Word document',
    );
    const read = openReturn(deepTables(3), 'nested.docx');
    expect(read.ok && read.tables[0].problems.map(describeReturnProblem)).toEqual([
      "nested.docx, table 1, row 1, column A: holds a table inside a cell; copy that table's rows into the main table (or out of it) and import again",
    ]);
  });
});

describe('spreadsheet returns', () => {
  it('reads a csv return below its title block, with the agency from the labelled line', () => {
    const csv =
      'Single-agency chronology\nAgency: Northtown Housing\n\nDate,Source,Event,Action taken\n02/04/2019,HOMS 77,Presented as homeless,Placed in B&B\n,,,\n03/04/2019,HOMS 78,B&B stay ended,None\n';
    const read = openReturn(new TextEncoder().encode(csv), 'housing.csv');
    if (!read.ok) throw new Error(read.problems.map(describeReturnProblem).join('\n'));
    const table = read.tables[0];
    expect([table.name, table.agencyLine, table.headerRow, table.leftOut]).toEqual([
      'sheet "Sheet1"',
      'Northtown Housing',
      4,
      ['row 6 is blank'],
    ]);
    const { entries, problems } = readReturnEntries(
      'housing.csv',
      table,
      suggestReturnMapping(table.header),
      null,
    );
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.row, e.start, e.agency, e.sourceRef, e.event, e.outcome])).toEqual([
      [5, '2019-04-02', 'Northtown Housing', 'HOMS 77', 'Presented as homeless', 'Placed in B&B'],
      [7, '2019-04-03', 'Northtown Housing', 'HOMS 78', 'B&B stay ended', 'None'],
    ]);
  });

  it("refuses merged cells in a workbook return's data, naming the range", () => {
    const sheet = XLSX.utils.aoa_to_sheet([
      ['Agency: Northtown Hospital'],
      ['Date', 'Event'],
      ['01/03/2019', 'Seen in ED'],
      ['', 'Admitted'],
    ]);
    sheet['!merges'] = [XLSX.utils.decode_range('A3:A4')];
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'Chronology');
    const read = openReturn(
      new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer),
      'hospital.xlsx',
    );
    if (!read.ok) throw new Error(read.problems.map(describeReturnProblem).join('\n'));
    const { entries, problems } = readReturnEntries(
      'hospital.xlsx',
      read.tables[0],
      suggestReturnMapping(read.tables[0].header),
      null,
    );
    expect(entries).toEqual([]);
    expect(problems.map(describeReturnProblem)).toEqual([
      'hospital.xlsx, sheet "Chronology": "A3:A4" these cells are merged; unmerge them so every row holds its own values',
    ]);
  });

  it("refuses a file that is no return with the spreadsheet reader's own reason", () => {
    expect(refusal(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'scan.xlsx')).toMatch(
      /^scan\.xlsx: is not a spreadsheet/,
    );
  });
});
