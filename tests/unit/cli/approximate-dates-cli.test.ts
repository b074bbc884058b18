import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProjectFileText } from '../../../shared/project/project-file';
import { cli } from './run-cli';

const HEADER =
  'Case,Date,End date,Agency,Contact type,Quantity,Outcome,Description,Missed opportunity,Category,Note,Unit cost,Unit,Price year,Cost bearer,Source';
const ROWS = [
  'Person R,2016,,Prison,Released from prison,,,,no,,,100.00,contact,2023/24,HMPPS,Review',
  'Person R,05/2017,,Police,Arrest,,,,no,,,200.00,contact,2023/24,Police,Review',
  'Person R,Sep 2017,,A&E,A&E attendance,,,,yes,No referral made,,300.00,contact,2023/24,NHS,Review',
  'Person R,Mar 2018,,Housing,Housing advice,,,,no,,,400.00,contact,2023/24,Council,Review',
  'Person R,Apr 2018,Jun 2018,Housing,Tenancy support,,,,no,,,500.00,contact,2023/24,Council,Review',
];

describe('approximate dates through the command line', () => {
  it('imports a canonical sheet of approximate dates and costs each in its financial year', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cli-dates-'));
    const sheet = path.join(dir, 'review.csv');
    writeFileSync(sheet, `${HEADER}\n${ROWS.join('\n')}\n`);
    const project = path.join(dir, 'review.journey.json');
    const imported = await cli('import', sheet, '--out', project);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const read = parseProjectFileText(readFileSync(project, 'utf8'));
    if (!read.ok) throw new Error(read.errors.join('\n'));
    expect(read.project.contacts.map((c) => [c.start, c.end])).toEqual([
      ['2016', null],
      ['2017-05', null],
      ['2017-09', null],
      ['2018-03', null],
      ['2018-04', '2018-06'],
    ]);

    const costed = JSON.parse((await cli('cost', project, '--json')).stdout);
    const report = costed.cases[0];
    // 2016 spans 2015/16 and 2016/17 and goes to the year of its midpoint (02/07/2016).
    expect(report.byFinancialYear).toEqual({ '2016/17': 100, '2017/18': 200 + 300 + 400, '2018/19': 500 });
    expect(report.approximateFinancialYearShare).toBeCloseTo(100 / 1500, 5);
    expect(report.missedOpportunities).toEqual([
      {
        date: '2017-09',
        dateAsWritten: 'Sep 2017',
        category: 'No referral made',
        costAfter: 900,
        costAfter12Months: 900,
        costAfterUncertain: 0,
      },
    ]);

    // The CSV export writes the dates as written, and imports back to the same stored dates.
    const csv = path.join(dir, 'journey.csv');
    expect((await cli('export', project, '--to', csv)).code).toBe(0);
    expect(readFileSync(csv, 'utf8')).toContain('Person R,Apr 2018,Jun 2018,Housing');
    const again = path.join(dir, 'again.journey.json');
    expect((await cli('import', csv, '--out', again)).code).toBe(0);
    const reread = parseProjectFileText(readFileSync(again, 'utf8'));
    if (!reread.ok) throw new Error(reread.errors.join('\n'));
    expect(reread.project.contacts.map((c) => [c.start, c.end])).toEqual(
      read.project.contacts.map((c) => [c.start, c.end]),
    );
  }, 90_000);

  it('refuses an impossible date located to its row and column, saying what is accepted', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cli-dates-'));
    const sheet = path.join(dir, 'bad.csv');
    writeFileSync(
      sheet,
      `${HEADER}\n${ROWS[0]}\nPerson R,13/2019,,Police,Arrest,,,,no,,,,,,,\nPerson R,Spring,,Police,Arrest,,,,no,,,,,,,\n`,
    );
    const refused = await cli('import', sheet, '--out', path.join(dir, 'out.journey.json'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('row 3, column B (Date): "13/2019" is not a real month (13)');
    expect(refused.stderr).toContain(
      'row 4, column B (Date): "Spring" is not a date: write a day (dd/mm/yyyy), a month (Oct 2018',
    );
  }, 60_000);
});
