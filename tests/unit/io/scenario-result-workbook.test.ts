import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { computeScenario } from '../../../shared/costing/scenario';
import { readScenarioSheet } from '../../../shared/costing/scenario-sheet';
import { scenarioResultBytes } from '../../../shared/exports/scenario-result-workbook';

describe('the scenario result workbook', () => {
  const read = readScenarioSheet(
    new Uint8Array(readFileSync('samples/scenarios/safe-space-appendix-2.csv')),
    'safe-space-appendix-2.csv',
  );
  if (!read.ok) throw new Error('the shipped sample did not read');
  const result = computeScenario(read.rows);
  const book = XLSX.read(
    scenarioResultBytes({
      fileName: 'safe-space-appendix-2.csv',
      rows: read.rows,
      result,
      producedAt: '2026-12-07T21:00:00.000Z',
    }),
    { type: 'array' },
  );
  const table = (name: string) =>
    XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name], { header: 1, defval: '' });

  it("states each headline figure with what it counts: the value of savings (Appendix 2's total) apart from the gross savings", () => {
    expect(book.SheetNames).toEqual(['Result', 'By organisation', 'Rows', 'Discrepancies']);
    const [header, savings, additional, gross] = table('Result');
    expect(header).toEqual(['Figure', 'Amount', 'What it counts']);
    expect(savings.slice(0, 2)).toEqual(['Value of savings', 1350966.36]);
    expect(String(savings[2])).toContain('Appendix 2 states as its total savings');
    expect(additional.slice(0, 2)).toEqual(['Value of additional costs', 163732.5]);
    expect(gross.slice(0, 2)).toEqual(['All savings (gross)', 1356538.96]);
    expect(String(gross[2])).toContain('before any cost increase is netted off');
  });

  it('lists the organisations, every row with its amount, and the discrepancies found', () => {
    const organisations = table('By organisation');
    expect(organisations[0]).toEqual(['Organisation', 'Savings (gross)', 'Cost increases (gross)', 'Net']);
    expect(organisations).toContainEqual(expect.arrayContaining(['Police', 482842.96]));
    expect(organisations.at(-1)?.slice(0, 2)).toEqual(['All organisations', 1356538.96]);
    const rows = table('Rows');
    expect(rows).toHaveLength(read.rows.length + 1);
    const amounts = rows.slice(1).map((r) => Math.round(Number(r[8]) * 100));
    expect(amounts).toEqual(result.rowTotalsPence);
    expect(table('Discrepancies').map((r) => r[2])).toContain(result.discrepancies[0].message);
  });
});
