import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { returnDocx } from '../../../samples/returns/return-docx';
import { chronologyDocx } from '../../../shared/chronology/chronology-docx';
import { readDocumentXml } from '../../../shared/chronology/docx-package';
import { readWordTables } from '../../../shared/chronology/docx-tables';
import {
  CHRONOLOGY_HEADERS,
  chronologyCells,
  integratedChronology,
} from '../../../shared/chronology/integrated-chronology';
import { mergeReturns, type ReturnFile } from '../../../shared/chronology/merge-returns';
import { describeReturnProblem } from '../../../shared/chronology/return-problems';
import { openReturn } from '../../../shared/chronology/return-tables';
import { DEFAULT_DEFLATOR_SERIES } from '../../../samples/shipped-data';
import { journeyWorkbookBytes } from '../../../shared/exports/journey-workbook';
import { parseProjectFileText, serialiseProjectFile } from '../../../shared/project/project-file';

const NOW = '2026-12-07T10:00:00.000Z';

async function threeReturns(): Promise<ReturnFile[]> {
  const police = await returnDocx([
    {
      above: ['Single-agency chronology', 'Agency: Cleveland Police', 'Subject: Adult K'],
      headerRows: [0],
      rows: [
        ['Date', 'Time', 'Record ref', 'Details of contact', 'Action taken'],
        [
          '03/02/2019',
          '23:10',
          'CR/1234/19',
          'Domestic incident; PPN submitted for concerns for welfare',
          'Words of advice',
        ],
        ['20/06/2019', '14:00', 'CR/2001/19', 'Arrested for shoplifting', 'Charged'],
      ],
    },
  ]);
  const asc = await returnDocx([
    {
      above: ['Organisation: Northtown Adult Social Care'],
      rows: [
        ['Date', 'Source', 'Event', 'Outcome'],
        [
          '04/02/2019',
          'Case note 17',
          'PPN received from Cleveland Police: concerns for welfare after a domestic incident',
          'Screened; no further action',
        ],
      ],
    },
  ]);
  const housing =
    'Agency: Northtown Housing\nDate,Record ref,Event,Action taken\n01/02/2019,HOMS 77,Presented as homeless,Placed in B&B\n';
  return [
    { fileName: 'police.docx', bytes: police, agency: null, receivedOn: '2026-11-01' },
    { fileName: 'asc.docx', bytes: asc, agency: null, receivedOn: '2026-11-03' },
    {
      fileName: 'housing.csv',
      bytes: new TextEncoder().encode(housing),
      agency: null,
      receivedOn: '2026-11-02',
    },
  ];
}

async function merged() {
  let n = 0;
  const result = mergeReturns(await threeReturns(), {
    caseName: 'Adult K',
    now: NOW,
    makeId: () => `id-${(n += 1)}`,
  });
  if (!result.ok) throw new Error(result.problems.map(describeReturnProblem).join('\n'));
  const read = parseProjectFileText(serialiseProjectFile(result.project));
  if (!read.ok) throw new Error(read.errors.join('\n'));
  return { ...result, project: read.project };
}

describe('merging returns into one case', () => {
  it('reads each return, lists the duplicate candidate and the gap, and merges nothing', async () => {
    const { summary, project } = await merged();
    expect(summary.contacts).toBe(4);
    expect(summary.returns).toEqual([
      { file: 'police.docx', agency: 'Cleveland Police', rows: 2 },
      { file: 'asc.docx', agency: 'Northtown Adult Social Care', rows: 1 },
      { file: 'housing.csv', agency: 'Northtown Housing', rows: 1 },
    ]);
    expect(summary.duplicates).toEqual([
      {
        a: { file: 'police.docx', row: 2 },
        b: { file: 'asc.docx', row: 2 },
        score: expect.any(Number),
        reason: expect.stringMatching(
          /^1 day apart; Northtown Adult Social Care records Cleveland Police's act/,
        ),
      },
    ]);
    expect(summary.gaps).toEqual([{ from: '2019-02-04', to: '2019-06-20', days: 136 }]);
    expect(summary.agencyGaps).toEqual([
      { agency: 'Cleveland Police', from: '2019-02-03', to: '2019-06-20', days: 137 },
    ]);
    expect(project.contactProvenance?.map((p) => [p.table, p.row, p.sourceRef])).toEqual([
      ['table 1', 2, 'CR/1234/19'],
      ['table 1', 3, 'CR/2001/19'],
      ['table 1', 2, 'Case note 17'],
      ['sheet "Sheet1"', 3, 'HOMS 77'],
    ]);
  });

  it('refuses the whole merge, located, when any return has a bad row', async () => {
    const files = await threeReturns();
    files[2] = {
      ...files[2],
      bytes: new TextEncoder().encode('Agency: Housing\nDate,Event\nOct 2018,Presented as homeless\n'),
    };
    const result = mergeReturns(files, { caseName: 'Adult K', now: NOW });
    expect(!result.ok && result.problems.map(describeReturnProblem)).toEqual([
      'housing.csv, sheet "Sheet1", row 3, column A (Date): "Oct 2018" is an approximate date; this version takes exact days only, so give the day (dd/mm/yyyy) or leave the row out',
    ]);
  });
});

describe('the integrated chronology', () => {
  it('writes a landscape Word document whose table, read back, is the case in date order with its gap shaded', async () => {
    const { project } = await merged();
    const chronology = integratedChronology(project, project.cases[0]);
    const bytes = await chronologyDocx(chronology, '2026-12-07');
    const read = openReturn(bytes, 'chronology.docx');
    if (!read.ok) throw new Error(read.problems.map(describeReturnProblem).join('\n'));
    const table = read.tables[0];
    expect(table.header).toEqual([...CHRONOLOGY_HEADERS]);
    const cells = table.rows.map((r) => r.cells.map((c) => (c?.kind === 'text' ? c.text : '')));
    expect(cells).toEqual([
      [
        '01/02/2019',
        'Northtown Housing',
        'Presented as homeless',
        'Placed in B&B',
        'Northtown Housing return (housing.csv), sheet "Sheet1" row 3; ref HOMS 77',
      ],
      [
        '03/02/2019 23:10',
        'Cleveland Police',
        'Domestic incident; PPN submitted for concerns for welfare',
        'Words of advice',
        'Cleveland Police return (police.docx), table 1 row 2; ref CR/1234/19',
      ],
      [
        '04/02/2019',
        'Northtown Adult Social Care',
        'PPN received from Cleveland Police: concerns for welfare after a domestic incident',
        'Screened; no further action',
        'Northtown Adult Social Care return (asc.docx), table 1 row 2; ref Case note 17',
      ],
      [
        '04/02/2019 to 20/06/2019',
        '',
        'No contact with any agency for 136 days, from 04/02/2019 to 20/06/2019',
      ],
      [
        '20/06/2019 14:00',
        'Cleveland Police',
        'Arrested for shoplifting',
        'Charged',
        'Cleveland Police return (police.docx), table 1 row 3; ref CR/2001/19',
      ],
    ]);
    expect(
      table.rows.map((r) =>
        r.cells
          .map((c) => (c?.kind === 'text' ? c.text : ''))
          .concat(Array(6).fill(''))
          .slice(0, 6),
      ),
    ).toEqual(chronology.rows.map(chronologyCells));
    const title = titleLines(bytes);
    expect(title).toContain('Subject: Adult K');
    expect(title).toContain('Period: 01/02/2019 to 20/06/2019');
    expect(title).toContain('Anonymised: no');
    expect(title).toContain('Cleveland Police: police.docx, received 01/11/2026, 2 rows');
    const parts = unzipSync(bytes);
    const documentXml = strFromU8(parts['word/document.xml']);
    expect(documentXml).toContain('w:orient="landscape"');
    expect(documentXml).toContain('<w:tblHeader/>');
    expect(documentXml).toContain('w:fill="D9D9D9"');
    const footer = Object.keys(parts)
      .filter((name) => name.startsWith('word/footer'))
      .map((name) => strFromU8(parts[name]))
      .join('');
    expect(footer).toMatch(/PAGE/);
  });

  it('is a sheet of the costed workbook too, one row per contact and gap', async () => {
    const { project } = await merged();
    const book = XLSX.read(
      journeyWorkbookBytes({
        project,
        basis: { priceBase: '2023/24', series: DEFAULT_DEFLATOR_SERIES, unitCosts: project.unitCosts },
        producedAt: NOW,
      }),
      { type: 'array' },
    );
    const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets['Integrated chronology'], {
      header: 1,
      defval: '',
    });
    expect(rows[0]).toEqual(['Case', ...CHRONOLOGY_HEADERS]);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['Adult K', '01/02/2019', 'Northtown Housing'],
      ['Adult K', '03/02/2019 23:10', 'Cleveland Police'],
      ['Adult K', '04/02/2019', 'Northtown Adult Social Care'],
      ['Adult K', '04/02/2019 to 20/06/2019', ''],
      ['Adult K', '20/06/2019 14:00', 'Cleveland Police'],
    ]);
  });
});

/** The title block: the document's lines above its table, as the Word reader collects them. */
function titleLines(bytes: Uint8Array): string {
  const xml = readDocumentXml(bytes);
  const read = xml.ok ? readWordTables(xml.xml) : null;
  return read?.ok === true ? read.tables[0].linesAbove.join('\n') : '';
}
