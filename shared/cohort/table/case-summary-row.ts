import type { CaseStatus, LocalDateTime, RiskGrade } from '../../model';

/** One line of the cohort table: a person, their journey's reach and its cost. */
export interface CaseSummaryRow {
  caseId: string;
  pseudonym: string;
  designatedLead: string;
  status: CaseStatus;
  riskGrade: RiskGrade;
  /** Start of the earliest and of the latest contact; null when the case has none. */
  firstContact: LocalDateTime | null;
  lastContact: LocalDateTime | null;
  contacts: number;
  /** Distinct agencies the person had contact with. */
  agencies: number;
  totalPence: number;
  /** Not in the total: a total with uncosted contacts is a floor, and the table must say so. */
  uncostedContacts: number;
  missedOpportunities: number;
  /** Cost of everything after the earliest missed opportunity; null when none is flagged. */
  costAfterFirstMissedPence: number | null;
}
