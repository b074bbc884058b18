import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROJECT_FILE_VERSION, parseProjectFileText } from '../../../shared/project/project-file';

const FOLDER = 'tests/fixtures/project-files';
const fixtures = readdirSync(FOLDER).filter((f) => /^v\d+\.journey\.json$/.test(f));

describe('project files of every version', () => {
  it('has a frozen fixture written by each version up to the current one', () => {
    expect(fixtures.map((f) => Number(/^v(\d+)/.exec(f)?.[1])).sort()).toEqual(
      Array.from({ length: PROJECT_FILE_VERSION }, (_, i) => i + 1),
    );
  });

  it.each(fixtures)('%s opens with the current code and loses no case or contact', (file) => {
    const text = readFileSync(`${FOLDER}/${file}`, 'utf8');
    const raw = JSON.parse(text) as { cases: unknown[]; contacts: unknown[] };
    const read = parseProjectFileText(text);
    if (!read.ok) throw new Error(read.errors.join('; '));
    expect(read.project.version).toBe(PROJECT_FILE_VERSION);
    expect(read.project.cases).toHaveLength(raw.cases.length);
    expect(read.project.contacts).toHaveLength(raw.contacts.length);
  });

  it('refuses a file from a newer version with a clear message', () => {
    expect(
      parseProjectFileText(
        JSON.stringify({ type: 'journey-mapper/project', version: PROJECT_FILE_VERSION + 1 }),
      ),
    ).toEqual({
      ok: false,
      errors: [
        `this project file was written by a newer Journey Mapper (version ${PROJECT_FILE_VERSION + 1}); update the app to open it`,
      ],
    });
  });
});
