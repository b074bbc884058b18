import { newestFirst } from '../../shared/audit/audit-entry';
import { changeText, entityName, whoText } from '../../shared/audit/audit-text';
import { parseProjectFileText } from '../../shared/project/project-file';
import { positional, readInput, usageError, type Command } from './cli-io';

/**
 * `audit <project.journey.json> [--json]`: the audit trail a project file carries, newest first,
 * each change with its field's value before and after. The JSON is the entries as stored.
 */
export const audit: Command = async (args, io) => {
  const file = positional(args);
  if (file === undefined) return usageError(io, 'audit needs a project file');
  const bytes = await readInput(file, io, args);
  if (bytes === null) return 1;
  const read = parseProjectFileText(bytes.toString('utf8'));
  if (!read.ok) {
    io.err(read.errors.map((e) => `${file}: ${e}\n`).join(''));
    return 1;
  }
  const entries = [...(read.project.auditTrail ?? [])].sort(newestFirst);
  const pseudonyms = new Map(read.project.cases.map((c) => [c.id, c.pseudonym]));
  if (args.includes('--json')) {
    io.out(`${JSON.stringify({ entries }, null, 2)}\n`);
    return 0;
  }
  if (entries.length === 0) {
    io.out(
      `${file} carries no audit trail${read.project.anonymised ? " (an anonymised copy carries none of its original's)" : ''}\n`,
    );
    return 0;
  }
  for (const e of entries) {
    const about = [
      e.caseId === null ? null : (pseudonyms.get(e.caseId) ?? e.caseId),
      `${entityName(e.entity)}${e.entityId === null ? '' : ` ${e.entityId}`}`,
    ]
      .filter((part) => part !== null)
      .join(', ');
    io.out(`${e.at}  ${whoText(e)}  ${e.step}  (${about})\n`);
    for (const change of e.changes) io.out(`    ${changeText(change)}\n`);
  }
  return 0;
};
