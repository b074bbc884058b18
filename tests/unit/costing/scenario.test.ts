import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeScenario } from '../../../shared/costing/scenario';
import { describeProblem, readScenarioSheet } from '../../../shared/costing/scenario-sheet';

const pounds = (pence: number) => Math.round(pence / 100);

describe('Safe Space Appendix 2, computed from its inputs', () => {
  for (const file of [
    'samples/scenarios/safe-space-appendix-2.xlsx',
    'samples/scenarios/safe-space-appendix-2.csv',
  ]) {
    it(`reproduces every total of ${file}`, () => {
      const read = readScenarioSheet(new Uint8Array(readFileSync(file)), file);
      if (!read.ok) throw new Error(read.problems.map(describeProblem).join('\n'));
      const result = computeScenario(read.rows);
      const net = Object.fromEntries(result.organisations.map((o) => [o.organisation, pounds(o.netPence)]));
      expect(net.Police).toBe(482_843);
      expect(net['Probation and prison']).toBe(322_770);
      expect(net.Health).toBe(335_797);
      expect(net.Housing).toBe(209_556);
      expect(pounds(result.valueOfSavingsPence)).toBe(1_350_966);
      expect(
        pounds(
          result.organisations.find((o) => o.organisation === 'Adult safeguarding')?.costIncreasesPence ?? 0,
        ),
      ).toBe(163_733);
      expect(result.organisations.find((o) => o.organisation === 'Health')?.costIncreasesPence).toBe(557_260);
    });
  }

  it('shows where the printed table disagrees with its own inputs', () => {
    const read = readScenarioSheet(
      new Uint8Array(readFileSync('samples/scenarios/safe-space-appendix-2.csv')),
      'appendix.csv',
    );
    if (!read.ok) throw new Error('unreadable');
    const messages = computeScenario(read.rows).discrepancies.map((d) => d.message);
    expect(messages).toContain('the table shows a unit cost of £91; the total uses £91.14 (3 x 30.38)');
    expect(messages).toContain('the table shows a quantity of 551; the total uses 550.5 (0.75 x 734)');
    expect(messages).toContain('the table shows a unit cost of £37; the total uses £37.40 (37.40)');
    expect(messages).toContain('the table shows a quantity of 287; the total uses 287.25 (287.25)');
    expect(messages).toContain('the table states £40,000,000,000 but its inputs give £40,000,000');
    expect(messages).toHaveLength(8);
  });

  it('applies attribution and direction', () => {
    const csv =
      'Organisation,Item,Unit cost,Quantity,Direction,Attribution %,Source\nPolice,Arrest,719,10,saving,60,s\nPolice,Extra checks,10,5,cost,,s\n';
    const read = readScenarioSheet(new TextEncoder().encode(csv), 'mini.csv');
    if (!read.ok) throw new Error('unreadable');
    expect(computeScenario(read.rows).organisations).toEqual([
      { organisation: 'Police', savingsPence: 431_400, costIncreasesPence: 5_000, netPence: 426_400 },
    ]);
  });
});

describe('scenario sheet problems', () => {
  it('locates every problem by sheet, row and column, and keeps no rows', () => {
    const csv =
      'Organisation,Item,Unit cost,Quantity,Direction,Attribution %,Source\nPolice,Arrest,seven,10,saving,,s\n,ASB,673,abc,maybe,150,s\n';
    const read = readScenarioSheet(new TextEncoder().encode(csv), 'bad.csv');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const text = read.problems.map(describeProblem);
    expect(text).toContain(
      'bad.csv, sheet "Sheet1", row 2, column Unit cost: "seven" is not a number of at least 0, or a product such as 3 x 30.38',
    );
    expect(text).toContain('bad.csv, sheet "Sheet1", row 3, column Organisation: "" is required');
    expect(text).toContain(
      'bad.csv, sheet "Sheet1", row 3, column Quantity: "abc" is not a number of at least 0, or a product such as 3 x 30.38',
    );
    expect(text).toContain(
      'bad.csv, sheet "Sheet1", row 3, column Direction: "maybe" must be "saving" or "cost"',
    );
    expect(text).toContain(
      'bad.csv, sheet "Sheet1", row 3, column Attribution %: "150" must be a percentage from 0 to 100 (blank means 100)',
    );
  });
  it('names a missing header and rejects an empty file', () => {
    const read = readScenarioSheet(new TextEncoder().encode('Organisation,Item,Quantity\n'), 'h.csv');
    expect(read.ok || read.problems.map(describeProblem)).toContain(
      'h.csv, sheet "Sheet1", row 1, column Unit cost: the header row has no "Unit cost" column (expected: Organisation, Item, Unit cost, Quantity, Direction, Attribution %, Source)',
    );
    const empty = readScenarioSheet(new Uint8Array(), 'empty.xlsx');
    expect(empty.ok || describeProblem(empty.problems[0])).toBe('empty.xlsx, sheet "-": the file is empty');
  });
});
