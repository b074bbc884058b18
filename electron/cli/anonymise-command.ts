import { randomInt } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { anonymiseProject } from '../../shared/anonymise/anonymise-project';
import { reportText } from '../../shared/anonymise/anonymisation-report';
import { parseProjectFileText, serialiseProjectFile } from '../../shared/project/project-file';
import { nowTimestamp } from '../../shared/model';
import { option, positional, readInput, usageError, type Command } from './cli-io';

/** `anonymise <in> --out <out> [--seed N]`: writes an anonymised copy and prints what was replaced; the input is never written. */
export const anonymise: Command = async (args, io) => {
  const file = positional(args);
  const out = option(args, '--out');
  if (file === undefined || out === undefined)
    return usageError(io, 'anonymise needs a project file and --out <anonymised.journey.json>');
  if (path.resolve(out) === path.resolve(file))
    return usageError(io, `--out ${out}: anonymising never overwrites the original; choose another file`);
  const seedText = option(args, '--seed');
  const seed = seedText === undefined ? randomInt(1, 1_000_000) : Number(seedText);
  if (!/^-?\d+$/.test(seedText ?? String(seed)) || !Number.isSafeInteger(seed))
    return usageError(io, `--seed "${seedText}" must be a whole number`);
  const bytes = await readInput(file, io, args);
  if (bytes === null) return 1;
  const read = parseProjectFileText(bytes.toString('utf8'));
  if (!read.ok) {
    io.err(read.errors.map((e) => `${file}: ${e}\n`).join(''));
    return 1;
  }
  const { project, report } = anonymiseProject(read.project, { seed, now: nowTimestamp() });
  await writeFile(out, serialiseProjectFile(project));
  io.out(`Wrote ${out} (seed ${seed}; the same seed gives the same copy)\n\n${reportText(report)}`);
  return 0;
};
