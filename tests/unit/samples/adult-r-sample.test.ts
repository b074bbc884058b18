import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADULT_R_PROJECT, adultRProject } from '../../../samples/returns/adult-r-project';
import { restoreProjectFile, serialiseProjectFile } from '../../../shared/project/project-file';
import { sampleById } from '../../../renderer/training/sample-journeys';

const DATED = /^(\d{2})\/(\d{2})\/(\d{4}): /;

describe('the Adult R sample (five agency returns)', () => {
  const text = readFileSync(ADULT_R_PROJECT, 'utf8');
  const read = restoreProjectFile(JSON.parse(text));
  if (!read.ok) throw new Error(read.errors.join('\n'));
  const { project } = read;

  it('is exactly the case make-chronology-returns merges from the shipped returns', () => {
    expect(text).toBe(serialiseProjectFile(adultRProject()));
  });

  it("keeps every contact's return and row, and names nobody real", () => {
    expect(project.cases.map((c) => [c.pseudonym, c.notes])).toEqual([
      ['Adult R', expect.stringContaining('nobody real')],
    ]);
    expect(project.chronologyReturns).toHaveLength(5);
    expect(new Set(project.contactProvenance?.map((p) => p.contactId))).toEqual(
      new Set(project.contacts.map((c) => c.id)),
    );
  });

  it("is a training sample whose trainer's note matches its flags, and whose answers are unflagged contacts on those days", () => {
    const sample = sampleById('adult-r');
    if (sample === undefined) throw new Error('adult-r is not registered for training');
    const onDay = (item: string) => {
      const [, d, m, y] = DATED.exec(item) ?? [];
      return project.contacts.filter((c) => c.start.startsWith(`${y}-${m}-${d}`));
    };
    expect(sample.trainerNote.flagged).toHaveLength(
      project.contacts.filter((c) => c.missedOpportunity !== null).length,
    );
    for (const item of sample.trainerNote.flagged)
      expect(
        onDay(item).some((c) => c.missedOpportunity !== null),
        item,
      ).toBe(true);
    for (const item of sample.trainerNote.toFind)
      expect(
        onDay(item).some((c) => c.missedOpportunity === null),
        item,
      ).toBe(true);
    expect(sample.summary).toContain(
      `${project.contacts.length} contacts, ${project.agencies.length} agencies`,
    );
  });
});
