import { scrub, stackFrames } from './scrub';

/**
 * A report a user can send to whoever supports the tool, holding nothing about any person: error
 * messages can quote a cell or a name ("'J Smith' is not a date"), so every line of the message
 * and stack is scrubbed (see scrub.ts), and only counts of what the store holds go in.
 */
export interface DiagnosticInput {
  error: { name: string; message: string; stack?: string };
  /** Which screen or task failed, in the app's own words. */
  where: string;
  appVersion: string;
  platform: string;
  userAgent: string;
  schemaVersion: number;
  counts: Record<string, number>;
  at: string;
}

export { scrub };

export function diagnosticReport(input: DiagnosticInput): string {
  return `${JSON.stringify(
    {
      report:
        'Journey Mapper diagnostic report (contains no personal data: messages are scrubbed, the store is described only by counts)',
      at: input.at,
      where: input.where,
      app: {
        version: input.appVersion,
        platform: input.platform,
        userAgent: input.userAgent,
        schemaVersion: input.schemaVersion,
      },
      error: {
        name: scrub(input.error.name),
        message: scrub(input.error.message),
        stack: stackFrames(input.error.stack, input.error.message),
      },
      store: input.counts,
    },
    null,
    2,
  )}\n`;
}
