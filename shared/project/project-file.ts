import { z } from 'zod';
import {
  Agency,
  Case,
  ChronologyReturn,
  Contact,
  ContactProvenance,
  FinancialYear,
  LifeEvent,
  Link,
  MissedOpportunityCategory,
  OutcomeMeasure,
  OutcomeMeasurement,
  UnitCost,
} from '../model';

/**
 * A project file (.journey.json): cases with everything they use, in an envelope that says what
 * it is and which version wrote it. Old versions are upgraded step by step in restoreProjectFile.
 */
export const PROJECT_FILE_TYPE = 'journey-mapper/project';
export const PROJECT_FILE_VERSION = 1;

export const ProjectFileV1 = z.object({
  type: z.literal(PROJECT_FILE_TYPE),
  version: z.literal(1),
  source: z.string(),
  exportedAt: z.string(),
  priceBase: FinancialYear.optional(),
  anonymised: z.boolean().default(false),
  cases: z.array(Case),
  agencies: z.array(Agency),
  contacts: z.array(Contact),
  links: z.array(Link).default([]),
  lifeEvents: z.array(LifeEvent).default([]),
  unitCosts: z.array(UnitCost).default([]),
  missedOpportunityCategories: z.array(MissedOpportunityCategory).default([]),
  /** Optional: files written before cases held outcome scores have none, and most files still do not. */
  outcomes: z.array(OutcomeMeasurement).optional(),
  outcomeMeasures: z.array(OutcomeMeasure).optional(),
  /** Agencies' chronology returns the cases were built from, and where each contact came from. Optional: files before them still read. */
  chronologyReturns: z.array(ChronologyReturn).optional(),
  contactProvenance: z.array(ContactProvenance).optional(),
});
export type ProjectFile = z.infer<typeof ProjectFileV1>;

export type ProjectReadResult = { ok: true; project: ProjectFile } | { ok: false; errors: string[] };

const MAX_ERRORS = 50;

export function hasPollutingKey(value: unknown, depth = 0): boolean {
  if (depth > 64) return true;
  if (value === null || typeof value !== 'object') return false;
  for (const key of Object.keys(value)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') return true;
    if (hasPollutingKey((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}

/** Every reference points at something in the file: a contact's case, agency and unit cost; a link's two contacts of one case. */
export function integrityErrors(
  project: Pick<
    ProjectFile,
    | 'cases'
    | 'agencies'
    | 'contacts'
    | 'links'
    | 'lifeEvents'
    | 'unitCosts'
    | 'chronologyReturns'
    | 'contactProvenance'
  >,
): string[] {
  const errors: string[] = [];
  const cases = new Set(project.cases.map((c) => c.id));
  const agencies = new Set(project.agencies.map((a) => a.id));
  const unitCosts = new Set(project.unitCosts.map((u) => u.id));
  const contactCase = new Map(project.contacts.map((c) => [c.id, c.caseId]));
  project.contacts.forEach((c, i) => {
    if (!cases.has(c.caseId)) errors.push(`contacts[${i}].caseId: no case with id "${c.caseId}"`);
    if (!agencies.has(c.agencyId)) errors.push(`contacts[${i}].agencyId: no agency with id "${c.agencyId}"`);
    if (c.unitCostId !== null && !unitCosts.has(c.unitCostId))
      errors.push(`contacts[${i}].unitCostId: no unit cost with id "${c.unitCostId}"`);
  });
  project.links.forEach((l, i) => {
    for (const end of ['fromContactId', 'toContactId'] as const) {
      const caseId = contactCase.get(l[end]);
      if (caseId === undefined) errors.push(`links[${i}].${end}: no contact with id "${l[end]}"`);
      else if (caseId !== l.caseId) errors.push(`links[${i}].${end}: the contact belongs to another case`);
    }
  });
  project.lifeEvents.forEach((e, i) => {
    if (!cases.has(e.caseId)) errors.push(`lifeEvents[${i}].caseId: no case with id "${e.caseId}"`);
  });
  const returns = new Map((project.chronologyReturns ?? []).map((r) => [r.id, r.caseId]));
  (project.chronologyReturns ?? []).forEach((r, i) => {
    if (!cases.has(r.caseId)) errors.push(`chronologyReturns[${i}].caseId: no case with id "${r.caseId}"`);
  });
  (project.contactProvenance ?? []).forEach((p, i) => {
    if (contactCase.get(p.contactId) !== p.caseId)
      errors.push(
        `contactProvenance[${i}].contactId: no contact with id "${p.contactId}" in case "${p.caseId}"`,
      );
    if (returns.get(p.returnId) !== p.caseId)
      errors.push(
        `contactProvenance[${i}].returnId: no return with id "${p.returnId}" in case "${p.caseId}"`,
      );
  });
  for (const [table, rows] of Object.entries({
    cases: project.cases,
    agencies: project.agencies,
    contacts: project.contacts,
    links: project.links,
    unitCosts: project.unitCosts,
    chronologyReturns: project.chronologyReturns ?? [],
  })) {
    const seen = new Set<string>();
    rows.forEach((r, i) => {
      if (seen.has(r.id)) errors.push(`${table}[${i}].id: "${r.id}" appears twice`);
      seen.add(r.id);
    });
  }
  return errors;
}

/** Reads any version of a project file, upgrades it to the current one, and checks it whole. */
export function restoreProjectFile(json: unknown): ProjectReadResult {
  if (hasPollutingKey(json))
    return {
      ok: false,
      errors: [
        'the file contains a forbidden key (__proto__, constructor or prototype) or is nested too deeply',
      ],
    };
  const envelope = z
    .object({ type: z.literal(PROJECT_FILE_TYPE), version: z.number().int() })
    .safeParse(json);
  if (!envelope.success)
    return {
      ok: false,
      errors: ['this is not a Journey Mapper project file (its "type" is not journey-mapper/project)'],
    };
  if (envelope.data.version > PROJECT_FILE_VERSION) {
    return {
      ok: false,
      errors: [
        `this project file was written by a newer Journey Mapper (version ${envelope.data.version}); update the app to open it`,
      ],
    };
  }
  const parsed = ProjectFileV1.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues
        .slice(0, MAX_ERRORS)
        .map((i) => `${i.path.join('.') || 'file'}: ${i.message}`),
    };
  }
  const errors = integrityErrors(parsed.data);
  return errors.length > 0
    ? { ok: false, errors: errors.slice(0, MAX_ERRORS) }
    : { ok: true, project: parsed.data };
}

export function parseProjectFileText(text: string): ProjectReadResult {
  try {
    return restoreProjectFile(JSON.parse(text));
  } catch (error) {
    return { ok: false, errors: [`the file is not valid JSON: ${(error as Error).message}`] };
  }
}

export function serialiseProjectFile(project: Omit<ProjectFile, 'type' | 'version' | 'source'>): string {
  const envelope = {
    type: PROJECT_FILE_TYPE,
    version: PROJECT_FILE_VERSION,
    source: 'Journey Mapper',
  } as const;
  // The envelope first, for a reader of the file; and last, so it wins over any stale copy in `project`.
  const file: ProjectFile = { ...envelope, ...project, ...envelope };
  return `${JSON.stringify(file, null, 2)}\n`;
}
