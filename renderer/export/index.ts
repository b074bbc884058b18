/** What other features use of export: the menu, and the journey files it saves. */
export { ExportMenu } from './ExportMenu';
export { journeyFile, JOURNEY_FILE_LABELS, safeFileName, type JourneyFileKind } from './journey-files';
