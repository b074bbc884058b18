import { costCases } from '../costing/cost-report';
import type { CostingBasis } from '../costing/costing-basis';
import type { JourneyTotals } from '../costing/journey-totals';
import type { Case } from '../model';
import type { ProjectFile } from '../project/project-file';

/** What every journey export is made from: the cases with everything they use, at one costing basis. */
export interface JourneyExportInput {
  project: ProjectFile;
  /** Normally the project's own unit costs at the chosen price base; the unit-cost sheet lists these. */
  basis: CostingBasis;
  /** ISO timestamp, passed in so the same journey always exports to the same bytes. */
  producedAt: string;
}

/** The exported cases with their totals: worked out once per export and handed to every sheet. */
export type CostedCases = Array<{ case: Case; totals: JourneyTotals }>;

export function costedCases(input: JourneyExportInput): CostedCases {
  const { project } = input;
  return costCases({
    cases: project.cases,
    contacts: project.contacts,
    agencies: project.agencies,
    basis: input.basis,
  });
}
