import { describe, expect, it } from 'vitest';
import { returnDocx } from '../../../samples/returns/return-docx';
import { describeReturnProblem } from '../../../shared/chronology/return-problems';
import { suggestReturnMapping } from '../../../shared/chronology/return-columns';
import { readReturnEntries } from '../../../shared/chronology/return-rows';
import { openReturn, type ReturnTable } from '../../../shared/chronology/return-tables';

const HEADER = ['Date', 'Time', 'Record ref', 'Details of contact', 'Action taken', 'Analysis'];

async function opened(bytes: Promise<Uint8Array>, file = 'police.docx') {
  const read = openReturn(await bytes, file);
  if (!read.ok) throw new Error(read.problems.map(describeReturnProblem).join('\n'));
  return read;
}

const texts = (table: ReturnTable) =>
  table.rows.map((r) => r.cells.map((c) => (c === null ? '' : c.kind === 'text' ? c.text : String(c))));

describe('reading a Word chronology return', () => {
  it('reads the table, its header, and the agency from the labelled line above it', async () => {
    const read = await opened(
      returnDocx([
        {
          above: ['Single-agency chronology', 'Agency: Cleveland Police', 'Subject: Adult K'],
          rows: [
            HEADER,
            [
              '03/02/2019',
              '23:10',
              'CR/1234/19',
              'Called to a disturbance',
              'Words of advice',
              'No DASH done',
            ],
          ],
        },
      ]),
    );
    const table = read.tables[0];
    expect(table.name).toBe('table 1');
    expect(table.agencyLine).toBe('Cleveland Police');
    expect(table.header).toEqual(HEADER);
    expect(texts(table)).toEqual([
      ['03/02/2019', '23:10', 'CR/1234/19', 'Called to a disturbance', 'Words of advice', 'No DASH done'],
    ]);
    expect(suggestReturnMapping(table.header)).toEqual([
      'date',
      'time',
      'source',
      'event',
      'action',
      'analysis',
    ]);
    const { entries, problems } = readReturnEntries(
      'police.docx',
      table,
      suggestReturnMapping(table.header),
      null,
    );
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      {
        row: 2,
        start: '2019-02-03T23:10',
        agency: 'Cleveland Police',
        contactType: 'Chronology entry',
        event: 'Called to a disturbance',
        outcome: 'Words of advice',
        sourceRef: 'CR/1234/19',
        analysis: 'No DASH done',
      },
    ]);
  });

  it('lays merged cells out: a span fills its first column, a vertical merge repeats the text above', async () => {
    const read = await opened(
      returnDocx([
        {
          above: ['Organisation: Northtown Adult Social Care'],
          rows: [
            ['Date', 'Source', 'Event', 'Outcome'],
            [
              { text: '04/02/2019', merge: 'restart' },
              'Case note 17',
              'PPN received from police',
              'Screened',
            ],
            [{ text: '', merge: 'continue' }, 'Case note 18', 'Phone call to the person', 'No answer'],
            ['05/02/2019', { text: 'Letter sent offering an assessment', span: 2 }, 'Closed'],
          ],
        },
      ]),
      'asc.docx',
    );
    const table = read.tables[0];
    expect(table.agencyLine).toBe('Northtown Adult Social Care');
    expect(texts(table)).toEqual([
      ['04/02/2019', 'Case note 17', 'PPN received from police', 'Screened'],
      ['04/02/2019', 'Case note 18', 'Phone call to the person', 'No answer'],
      ['05/02/2019', 'Letter sent offering an assessment', '', 'Closed'],
    ]);
  });

  it('drops a header repeated where the table goes over a page, and blank spacer rows, saying which', async () => {
    const read = await opened(
      returnDocx([
        {
          above: ['Agency: Police'],
          headerRows: [0, 3],
          rows: [
            ['Date', 'Event'],
            ['01/03/2019', 'First'],
            ['', ''],
            ['Date', 'Event'],
            ['02/03/2019', 'Second'],
            ['DATE', 'EVENT'],
            ['03/03/2019', 'Third'],
          ],
        },
      ]),
    );
    const table = read.tables[0];
    expect(texts(table).map((r) => r[1])).toEqual(['First', 'Second', 'Third']);
    expect(table.rows.map((r) => r.row)).toEqual([2, 5, 7]);
    expect(table.leftOut).toEqual([
      'row 3 is blank',
      'row 4 repeats the header (the table goes over a page)',
      'row 6 repeats the header (the table goes over a page)',
    ]);
  });

  it('suggests the table whose header looks like a chronology when the document holds two', async () => {
    const read = await opened(
      returnDocx([
        {
          above: ['Contents'],
          rows: [
            ['Section', 'Page'],
            ['Background', '2'],
          ],
        },
        {
          above: ['Agency: Northtown Hospital'],
          rows: [
            ['Date/Time', 'Details of contact', 'Outcome'],
            ['06/03/2019 02:15', 'Arrived by ambulance', 'Admitted'],
          ],
        },
      ]),
    );
    expect(read.tables.map((t) => t.name)).toEqual(['table 1', 'table 2']);
    expect(read.suggested).toBe(1);
    const { entries } = readReturnEntries(
      'h.docx',
      read.tables[1],
      suggestReturnMapping(read.tables[1].header),
      null,
    );
    expect(entries.map((e) => [e.start, e.agency])).toEqual([['2019-03-06T02:15', 'Northtown Hospital']]);
  });

  it('refuses a table inside a cell with its table, row and column', async () => {
    const read = await opened(
      returnDocx([
        {
          above: ['Agency: Police'],
          rows: [
            ['Date', 'Event'],
            ['01/03/2019', { text: 'See below', table: [['a', 'b']] }],
          ],
        },
      ]),
    );
    const { entries, problems } = readReturnEntries(
      'police.docx',
      read.tables[0],
      suggestReturnMapping(read.tables[0].header),
      null,
    );
    expect(entries).toEqual([]);
    expect(problems.map(describeReturnProblem)).toEqual([
      "police.docx, table 1, row 2, column B: holds a table inside a cell; copy that table's rows into the main table (or out of it) and import again",
    ]);
  });

  it('refuses approximate dates, bad dates and rows with nothing said, each by row and column', async () => {
    const read = await opened(
      returnDocx([
        {
          above: [],
          rows: [
            ['Date', 'Event'],
            ['Oct 2018', 'Seen'],
            ['early 2019', 'Seen'],
            ['31/02/2019', 'Seen'],
            ['', 'Seen'],
            ['01/03/2019', ''],
          ],
        },
      ]),
    );
    const { problems } = readReturnEntries(
      'gp.docx',
      read.tables[0],
      suggestReturnMapping(read.tables[0].header),
      'GP',
    );
    expect(problems.map(describeReturnProblem)).toEqual([
      'gp.docx, table 1, row 2, column A (Date): "Oct 2018" is an approximate date; this version takes exact days only, so give the day (dd/mm/yyyy) or leave the row out',
      'gp.docx, table 1, row 3, column A (Date): "early 2019" is an approximate date; this version takes exact days only, so give the day (dd/mm/yyyy) or leave the row out',
      expect.stringMatching(/^gp\.docx, table 1, row 4, column A \(Date\): "31\/02\/2019" /),
      'gp.docx, table 1, row 5, column A (Date): is empty; every entry needs a date',
      'gp.docx, table 1, row 6, column B (Event): says nothing of what happened or was done',
    ]);
  });

  it('asks for the agency when neither a column nor a labelled line names it', async () => {
    const read = await opened(
      returnDocx([
        {
          above: ['Chronology'],
          rows: [
            ['Date', 'Event'],
            ['01/03/2019', 'Seen'],
          ],
        },
      ]),
    );
    const unnamed = readReturnEntries(
      'x.docx',
      read.tables[0],
      suggestReturnMapping(read.tables[0].header),
      null,
    );
    expect(unnamed.problems.map(describeReturnProblem)).toEqual([
      'x.docx, table 1: names no agency: it has no Agency column and no "Agency: ..." line above the table; say which agency sent it',
    ]);
    const named = readReturnEntries(
      'x.docx',
      read.tables[0],
      suggestReturnMapping(read.tables[0].header),
      'Northtown GP',
    );
    expect(named.entries.map((e) => e.agency)).toEqual(['Northtown GP']);
  });
});
