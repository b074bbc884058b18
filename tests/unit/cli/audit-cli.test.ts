import 'fake-indexeddb/auto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditEntry } from '../../../shared/audit/audit-entry';
import { addContact, createCase, updateContact } from '../../../shared/editing/journey-edits';
import { serialiseProjectFile } from '../../../shared/project/project-file';
import type { Contact } from '../../../shared/model';
import { applyChangeSet } from '../../../renderer/store/apply-change-set';
import { JourneyDatabase } from '../../../renderer/store/journey-database';
import { projectForCases } from '../../../renderer/store/project-export';
import { cli } from './run-cli';

/** A project file exported from a store in which an analyst made a case, added a contact and edited it. */
async function projectWithTrail(): Promise<string> {
  const db = new JourneyDatabase(`cli-audit-${Date.now()}`);
  db.analystName = 'Dana Analyst';
  const theCase = createCase({ pseudonym: 'Person A' });
  await applyChangeSet(db, theCase);
  const add = addContact({
    caseId: theCase.changes[0].key,
    agencyId: 'agency-police',
    contactType: 'Arrest',
    start: '2019-02-03',
    source: 'Police log 44/1234',
  });
  await applyChangeSet(db, add);
  await applyChangeSet(
    db,
    updateContact((await db.contacts.get(add.changes[0].key)) as Contact, { outcome: 'Released' }),
  );
  const project = await projectForCases(db, [theCase.changes[0].key]);
  db.close();
  await db.delete();
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'cli-audit-')), 'person-a.journey.json');
  writeFileSync(file, serialiseProjectFile(project));
  return file;
}

describe('command line: audit', () => {
  it('prints the trail a project file carries, newest first, each field before and after; --json gives the entries', async () => {
    const file = await projectWithTrail();
    const text = await cli('audit', file);
    expect(text.code).toBe(0);
    const lines = text.stdout.split('\n');
    const steps = lines.filter((l) => !l.startsWith(' ') && l !== '').map((l) => l.split('  ')[2]);
    expect(steps).toEqual(['edit contact Arrest', 'add contact Arrest', 'create case Person A']);
    expect(text.stdout).toContain('Dana Analyst');
    expect(text.stdout).toContain('    Outcome: (blank) → Released');
    expect(text.stdout).toContain('    Source record: (none) → Police log 44/1234');
    expect(text.stdout).toContain('(Person A, contact ');

    const json = await cli('audit', file, '--json');
    expect(json.code).toBe(0);
    const entries = AuditEntry.array().parse(JSON.parse(json.stdout).entries);
    expect(entries.map((e) => e.step)).toEqual(steps);
    expect(entries[0].changes).toEqual([{ field: 'outcome', before: '', after: 'Released' }]);
  }, 60_000);

  it('says when a file carries no trail, and refuses a file that is not a project file', async () => {
    const none = await cli('audit', 'samples/projects/costing-demo.journey.json');
    expect(none).toMatchObject({ code: 0 });
    expect(none.stdout).toContain('carries no audit trail');
    const bad = await cli('audit', 'package.json');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('package.json: ');
    expect((await cli('audit')).code).toBe(2);
  }, 60_000);
});
