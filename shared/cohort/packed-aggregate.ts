import { COST_UNITS, type CostUnit, type FinancialYear } from '../model';
import { missedOpportunityCount, type AggregateRow, type CaseAggregate } from './case-aggregate';

/**
 * A case's aggregate as the store keeps it: its rows packed into a list of names, a list of
 * numbers and one text, instead of a record per row. A case of a thousand contacts has some 190
 * rows; read as records, a million contacts' thousand aggregates took 1.5-1.6 s to come out of
 * IndexedDB in a worker here, packed 0.4 s, and unpacking them 0.1-0.15 s more (the browser
 * rebuilds a stored record object by object, but copies a list of small numbers or a text).
 * Plain arrays and text, not typed arrays, so a stored aggregate is also plain JSON.
 */
export interface PackedCaseAggregate extends Omit<CaseAggregate, 'rows'> {
  /** How many of the case's contacts are flagged: the case list reads it and `contacts` from an index, without reading the rows. */
  missedOpportunities: number;
  /** The unit cost ids, financial years and agency ids the rows name, each once. */
  names: string[];
  /** Eight numbers a row, in the order ROW_NUMBERS gives. */
  rowNumbers: number[];
  /** Each row's quantity under every unit, in COST_UNITS order, all rows' separated by spaces. */
  rowQuantities: string;
}

/** unit cost (index into names, or -1 for none), financial year, agency, after first missed (1 or 0), contacts, missed opportunities, overridden, override pence. */
const ROW_NUMBERS = 8;
const NO_UNIT_COST = -1;

export function packAggregate(aggregate: CaseAggregate): PackedCaseAggregate {
  const { rows, ...summary } = aggregate;
  const names: string[] = [];
  const indexes = new Map<string, number>();
  const nameIndex = (name: string): number => {
    let index = indexes.get(name);
    if (index === undefined) {
      index = names.push(name) - 1;
      indexes.set(name, index);
    }
    return index;
  };
  const rowNumbers: number[] = [];
  const quantities: string[] = [];
  for (const row of rows) {
    rowNumbers.push(
      row.unitCostId === null ? NO_UNIT_COST : nameIndex(row.unitCostId),
      nameIndex(row.financialYear),
      nameIndex(row.agencyId),
      row.afterFirstMissed ? 1 : 0,
      row.contacts,
      row.missedOpportunities,
      row.overridden,
      row.overridePence,
    );
    for (const unit of COST_UNITS) quantities.push(row.quantity[unit]);
  }
  return { ...summary, missedOpportunities: missedOpportunityCount(aggregate), names, rowNumbers, rowQuantities: quantities.join(' ') };
}

export function unpackAggregate(packed: PackedCaseAggregate): CaseAggregate {
  const { caseId, contacts, firstContact, lastContact, firstMissed, missedByCategory, names, rowNumbers, rowQuantities } = packed;
  const quantities = rowQuantities === '' ? [] : rowQuantities.split(' ');
  const rows: AggregateRow[] = [];
  for (let at = 0, q = 0; at < rowNumbers.length; at += ROW_NUMBERS, q += COST_UNITS.length) {
    const quantity = {} as Record<CostUnit, string>;
    COST_UNITS.forEach((unit, i) => (quantity[unit] = quantities[q + i]));
    const unitCost = rowNumbers[at];
    rows.push({
      unitCostId: unitCost === NO_UNIT_COST ? null : names[unitCost],
      financialYear: names[rowNumbers[at + 1]] as FinancialYear,
      agencyId: names[rowNumbers[at + 2]],
      afterFirstMissed: rowNumbers[at + 3] === 1,
      contacts: rowNumbers[at + 4],
      missedOpportunities: rowNumbers[at + 5],
      overridden: rowNumbers[at + 6],
      overridePence: rowNumbers[at + 7],
      quantity,
    });
  }
  return { caseId, contacts, firstContact, lastContact, firstMissed, missedByCategory, rows };
}

/** A store written before schema version 6 holds aggregates with their rows as records. */
export function isPackedAggregate(stored: PackedCaseAggregate | CaseAggregate): stored is PackedCaseAggregate {
  return 'rowNumbers' in stored;
}

/** How many contacts in all the cases use each unit cost, as the unit-cost library shows it, counted from the packed rows as stored. */
export function contactsByUnitCost(aggregates: Iterable<PackedCaseAggregate>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { names, rowNumbers } of aggregates) {
    for (let at = 0; at < rowNumbers.length; at += ROW_NUMBERS) {
      const unitCost = rowNumbers[at];
      if (unitCost !== NO_UNIT_COST) counts.set(names[unitCost], (counts.get(names[unitCost]) ?? 0) + rowNumbers[at + 4]);
    }
  }
  return counts;
}
