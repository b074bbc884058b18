import { COST_UNITS, type CostUnit, type FinancialYear } from '../../model';
import { missedOpportunityCount, type AggregateRow, type CaseAggregate } from './case-aggregate';

/**
 * A case's aggregate as the store keeps it: its rows packed into a list of names, a list of
 * numbers and one text, instead of a record per row. A case of a thousand contacts has some 190
 * rows, and the browser rebuilds a stored record object by object but copies a list of small
 * numbers or a text, so packed aggregates come out of IndexedDB several times faster. The cohort is costed from the packed rows where
 * they lie (PackedRows); only a write's delta unpacks one. Plain arrays and text, not typed arrays,
 * so a stored aggregate is also plain JSON.
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
  return {
    ...summary,
    missedOpportunities: missedOpportunityCount(aggregate),
    names,
    rowNumbers,
    rowQuantities: quantities.join(' '),
  };
}

const UNIT_INDEX = Object.fromEntries(COST_UNITS.map((unit, i) => [unit, i])) as Record<CostUnit, number>;

/**
 * A packed aggregate's rows read where they lie, one at a time: costing a million contacts'
 * summaries from them takes about half the time it took when each row was first unpacked into a
 * record with a quantity object (measured in Node on the generator's million contacts), most of
 * that time having been the making and collecting of those objects.
 */
export class PackedRows {
  private at = -ROW_NUMBERS;
  private quantities: string[] | null = null;

  constructor(private readonly packed: PackedCaseAggregate) {}

  /** Moves to the next row; false once past the last. */
  next(): boolean {
    this.at += ROW_NUMBERS;
    return this.at < this.packed.rowNumbers.length;
  }

  get unitCostId(): string | null {
    const index = this.packed.rowNumbers[this.at];
    return index === NO_UNIT_COST ? null : this.packed.names[index];
  }

  get financialYear(): FinancialYear {
    return this.packed.names[this.packed.rowNumbers[this.at + 1]] as FinancialYear;
  }

  get agencyId(): string {
    return this.packed.names[this.packed.rowNumbers[this.at + 2]];
  }

  get afterFirstMissed(): boolean {
    return this.packed.rowNumbers[this.at + 3] === 1;
  }

  get contacts(): number {
    return this.packed.rowNumbers[this.at + 4];
  }

  get missedOpportunities(): number {
    return this.packed.rowNumbers[this.at + 5];
  }

  get overridden(): number {
    return this.packed.rowNumbers[this.at + 6];
  }

  get overridePence(): number {
    return this.packed.rowNumbers[this.at + 7];
  }

  /** The row's quantity under the unit, as exact decimal text. */
  quantity(unit: CostUnit): string {
    this.quantities ??= this.packed.rowQuantities.split(' ');
    return this.quantities[(this.at / ROW_NUMBERS) * COST_UNITS.length + UNIT_INDEX[unit]];
  }
}

export function unpackAggregate(packed: PackedCaseAggregate): CaseAggregate {
  const { caseId, contacts, firstContact, lastContact, firstMissed, missedByCategory } = packed;
  const rows: AggregateRow[] = [];
  const row = new PackedRows(packed);
  while (row.next()) {
    const quantity = Object.fromEntries(COST_UNITS.map((unit) => [unit, row.quantity(unit)])) as Record<
      CostUnit,
      string
    >;
    const { unitCostId, financialYear, agencyId, afterFirstMissed, overridden, overridePence } = row;
    rows.push({
      unitCostId,
      financialYear,
      agencyId,
      afterFirstMissed,
      contacts: row.contacts,
      missedOpportunities: row.missedOpportunities,
      overridden,
      overridePence,
      quantity,
    });
  }
  return { caseId, contacts, firstContact, lastContact, firstMissed, missedByCategory, rows };
}

/** A store written before schema version 6 holds aggregates with their rows as records. */
export function isPackedAggregate(
  stored: PackedCaseAggregate | CaseAggregate,
): stored is PackedCaseAggregate {
  return 'rowNumbers' in stored;
}

/** How many contacts in all the cases use each unit cost, as the unit-cost library shows it, counted from the packed rows as stored. */
export function contactsByUnitCost(aggregates: Iterable<PackedCaseAggregate>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const aggregate of aggregates) {
    const row = new PackedRows(aggregate);
    while (row.next()) {
      const unitCostId = row.unitCostId;
      if (unitCostId !== null) counts.set(unitCostId, (counts.get(unitCostId) ?? 0) + row.contacts);
    }
  }
  return counts;
}
