import { journeyCsv } from '../../shared/exports/journey-csv';
import type { JourneyExportInput } from '../../shared/exports/journey-export-input';
import { journeyWorkbookBytes } from '../../shared/exports/journey-workbook';
import { journeyXes } from '../../shared/exports/journey-xes';
import { serialiseProjectFile } from '../../shared/project/project-file';
import type { FileToSave } from '../platform/platform';

export const JOURNEY_FILE_KINDS = ['workbook', 'csv', 'project', 'xes'] as const;
export type JourneyFileKind = (typeof JOURNEY_FILE_KINDS)[number];

export const JOURNEY_FILE_LABELS: Record<JourneyFileKind, string> = {
  workbook: 'Costed workbook (.xlsx)',
  csv: 'Journey as CSV (.csv)',
  project: 'Project file (.journey.json)',
  xes: 'Event log for process mining (.xes)',
};

const text = (value: string) => new TextEncoder().encode(value);

/** One export, named after what it holds; every byte comes from the pure writers in shared/exports. */
export function journeyFile(kind: JourneyFileKind, input: JourneyExportInput, baseName: string): FileToSave {
  switch (kind) {
    case 'workbook':
      return {
        suggestedName: `${baseName} costed journey.xlsx`,
        filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
        bytes: journeyWorkbookBytes(input),
      };
    case 'csv':
      return {
        suggestedName: `${baseName} journey.csv`,
        filters: [{ name: 'CSV', extensions: ['csv'] }],
        bytes: text(journeyCsv(input)),
      };
    case 'project':
      return {
        suggestedName: `${baseName}.journey.json`,
        filters: [{ name: 'Journey Mapper project', extensions: ['json'] }],
        bytes: text(serialiseProjectFile(input.project)),
      };
    case 'xes':
      return {
        suggestedName: `${baseName}.xes`,
        filters: [{ name: 'XES event log', extensions: ['xes'] }],
        bytes: text(journeyXes(input)),
      };
  }
}

/** File names from pseudonyms: no characters any operating system refuses. */
export const safeFileName = (name: string) =>
  [...name]
    .map((ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? ' ' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim() || 'journey';
