import { readFileSync } from 'node:fs';
import { mergeReturns } from '../../shared/chronology/merge-returns';
import type { MissedOpportunity } from '../../shared/model';

export const ADULT_R_RETURN_FILES = [
  'adult-r-police.docx',
  'adult-r-adult-social-care.docx',
  'adult-r-hospital.xlsx',
  'adult-r-housing.xlsx',
  'adult-r-recovery-service.csv',
];
export const ADULT_R_PROJECT = 'samples/projects/adult-r.journey.json';

/** When the returns were received and the case made: fixed, so the sample is the same file on every run. */
const MADE_AT = '2026-12-01T09:00:00.000Z';

/** The two missed opportunities the sample flags, by return file and row; the trainer's note lists those left to find. */
const FLAGGED: Array<{ file: string; row: number; flag: MissedOpportunity }> = [
  {
    file: 'adult-r-recovery-service.csv',
    row: 4,
    flag: {
      category: "'Failure to engage' with no assertive outreach",
      note: 'Discharged after one missed assessment, with no outreach, a week after custody referred her.',
      shouldHaveHappened: 'Outreach to the hostel to offer the assessment again.',
    },
  },
  {
    file: 'adult-r-housing.xlsx',
    row: 5,
    flag: {
      category: 'Evicted or excluded to the street',
      note: 'Evicted from the hostel thirteen days after an assault, with nothing offered.',
      shouldHaveHappened: 'A move to other accommodation, or a plan for the arrears, before eviction.',
    },
  },
];

/** Adult R's case as the five returns merge into it, with the sample's two flags; the returns are read from samples/returns. */
export function adultRProject() {
  let n = 0;
  const merged = mergeReturns(
    ADULT_R_RETURN_FILES.map((file) => ({
      fileName: file,
      bytes: new Uint8Array(readFileSync(`samples/returns/${file}`)),
      agency: null,
      receivedOn: '2026-12-01',
    })),
    { caseName: 'Adult R', now: MADE_AT, makeId: () => `adult-r-${(n += 1)}` },
  );
  if (!merged.ok)
    throw new Error(merged.problems.map((p) => `${p.file} ${p.table} row ${p.row}: ${p.reason}`).join('\n'));
  const { project } = merged;
  const fileOf = new Map((project.chronologyReturns ?? []).map((r) => [r.id, r.fileName]));
  const flagOf = (contactId: string) => {
    const provenance = (project.contactProvenance ?? []).find((p) => p.contactId === contactId);
    return (
      FLAGGED.find(
        (f) =>
          provenance !== undefined && f.file === fileOf.get(provenance.returnId) && f.row === provenance.row,
      )?.flag ?? null
    );
  };
  return {
    ...project,
    cases: project.cases.map((c) => ({
      ...c,
      designatedLead: 'Review author',
      notes: 'Written for Journey Mapper training from five agency returns: nobody real.',
    })),
    contacts: project.contacts.map((c) => ({ ...c, missedOpportunity: flagOf(c.id) })),
  };
}
