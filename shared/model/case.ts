import { z } from 'zod';
import { Id } from './ids';
import { LocalDate, Timestamp } from './local-date';

export const CASE_STATUSES = ['open', 'closed'] as const;
export const CaseStatus = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatus>;

/** Risk grading as multi-agency by-name lists use it (Derby MARSH re-grades at each review). */
export const RISK_GRADES = ['not graded', 'low', 'medium', 'high', 'very high'] as const;
export const RiskGrade = z.enum(RISK_GRADES);
export type RiskGrade = z.infer<typeof RiskGrade>;

/** One person whose journey is mapped, always under a pseudonym. */
export const Case = z.object({
  id: Id,
  pseudonym: z.string().trim().min(1, 'a case needs a pseudonym').max(200),
  /** Real names and aliases seen in the records: kept so anonymisation can find them in free text. */
  knownNames: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  designatedLead: z.string().max(200).default(''),
  status: CaseStatus.default('open'),
  riskGrade: RiskGrade.default('not graded'),
  notes: z.string().max(20_000).default(''),
  dateOfBirth: LocalDate.nullable().default(null),
  /**
   * Age at the first contact as a band ("25-34"), set when anonymisation replaces the date of
   * birth. Optional so rows stored and files written before it still read unchanged.
   */
  ageBand: z.string().max(50).nullable().optional(),
  /**
   * Lanes the analyst added to this journey although no contact uses them yet (the journey shows
   * these and the lanes its contacts use). Optional so rows stored and files written before it
   * still read unchanged.
   */
  addedLaneIds: z.array(Id).max(1_000).optional(),
  /** Start of an intervention, for before/after comparisons around it. */
  interventionDate: LocalDate.nullable().default(null),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Case = z.infer<typeof Case>;
