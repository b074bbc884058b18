import { describe, expect, it } from 'vitest';
import { addAgency, showLaneInCase } from '../../../shared/editing/journey-edits';
import { ProjectFileV1 } from '../../../shared/project/project-file';
import { projectImportChangeSet } from '../../../shared/project/project-import';
import { Case, type Agency } from '../../../shared/model';
import { journeyLanes } from '../../../shared/timeline/lanes';

const T = '2024-01-01T00:00:00.000Z';
const agency = (id: string, laneOrder: number): Agency => ({
  id,
  name: id,
  sector: 'Other',
  colour: '#0072B2',
  laneOrder,
  hidden: false,
});
const agencies = [agency('police', 0), agency('a-and-e', 1), agency('outreach', 2), agency('housing', 3)];
const theCase = Case.parse({ id: 'case-1', pseudonym: 'Person A', createdAt: T, updatedAt: T });

describe('the lanes a journey shows', () => {
  it('are those its contacts use plus those the analyst added, in lane order; no other agency is an empty lane', () => {
    expect(journeyLanes(agencies, new Set(['housing', 'police'])).map((a) => a.id)).toEqual([
      'police',
      'housing',
    ]);
    expect(journeyLanes(agencies, new Set(['housing']), ['a-and-e']).map((a) => a.id)).toEqual([
      'a-and-e',
      'housing',
    ]);
    expect(journeyLanes(agencies, new Set())).toEqual([]);
  });

  it('a lane is added to one case and taken away again; a new agency is added to the case it was created from', () => {
    const added = showLaneInCase(theCase, 'outreach', true).changes[0].after as Case;
    expect(added.addedLaneIds).toEqual(['outreach']);
    expect((showLaneInCase(added, 'outreach', false).changes[0].after as Case).addedLaneIds).toEqual([]);
    const created = addAgency('Street team', 'Third sector', agencies, theCase).changes;
    expect(created.map((c) => c.table)).toEqual(['agencies', 'cases']);
    expect((created[1].after as Case).addedLaneIds).toEqual([created[0].key]);
  });

  it('a case from a project file keeps its added lanes, mapped to the agencies they became', () => {
    const inFile = { ...theCase, addedLaneIds: ['file-outreach', 'not-in-file'] };
    const project = ProjectFileV1.parse({
      type: 'journey-mapper/project',
      version: 1,
      source: 'test',
      exportedAt: T,
      cases: [inFile],
      agencies: [{ ...agency('file-outreach', 0), name: 'outreach' }],
      contacts: [],
    });
    const { changeSet } = projectImportChangeSet(project, {
      caseIds: new Set(),
      agencies,
      unitCosts: [],
      categories: [],
    });
    const row = changeSet.changes.find((c) => c.table === 'cases')?.after as Case;
    expect(row.addedLaneIds).toEqual(['outreach']);
  });
});
