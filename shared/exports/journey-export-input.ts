import { costCases } from '../costing/cost-report';
import type { DeflatorSeries } from '../costing/deflator';
import type { JourneyTotals } from '../costing/journey-totals';
import type { Case, FinancialYear } from '../model';
import type { ProjectFile } from '../project/project-file';

/** What every journey export is made from: the cases with everything they use, at one price base. */
export interface JourneyExportInput {
  project: ProjectFile;
  priceBase: FinancialYear;
  series: DeflatorSeries;
  /** ISO timestamp, passed in so the same journey always exports to the same bytes. */
  producedAt: string;
}

export function costedCases(input: JourneyExportInput): Array<{ case: Case; totals: JourneyTotals }> {
  const { project } = input;
  return costCases({ cases: project.cases, contacts: project.contacts, agencies: project.agencies, unitCosts: project.unitCosts, priceBase: input.priceBase, series: input.series });
}
