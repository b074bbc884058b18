import { describe, expect, it } from 'vitest';
import { describeImportProblem } from '../../../shared/contact-sheet/contact-rows';
import { proposeSetup } from '../../../shared/contact-sheet/mapping-template';
import { openContactFile } from '../../../shared/contact-sheet/open-contact-file';
import { checkSheet } from '../../../shared/contact-sheet/sheet-check';
import { previewOf } from '../../../shared/contact-sheet/sheet-source';

describe('a date column that can only be month first', () => {
  it('is refused as a whole column, named by letter and header, with no row', () => {
    // The counterexample fast-check found: a US date under a day-first reading.
    const csv =
      '"Date","Case","Category","Note","End date","Description","Contact type","Price year","Unit cost","Unit","Quantity","Outcome","Missed opportunity","Agency"\r\n"12/25/2019"';
    const opened = openContactFile(new TextEncoder().encode(csv), 'us.csv');
    if (!opened.ok) throw new Error('the file should open');
    const [source] = opened.sheets;
    const check = checkSheet(source, proposeSetup(previewOf(source), []), 'us.csv');
    const monthFirst = check.problems.find((p) => p.reason.includes('month first'));
    expect(monthFirst).toMatchObject({ row: null, column: 'A (Date)' });
    expect(monthFirst === undefined ? '' : describeImportProblem(monthFirst)).toMatch(
      /^us\.csv, sheet ".*", column A \(Date\): "12\/25\/2019" these dates can only be month first/,
    );
  });
});
