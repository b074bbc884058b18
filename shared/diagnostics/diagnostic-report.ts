/**
 * A report a user can send to whoever supports the tool, holding nothing about any person: error
 * messages can quote a cell or a name ("'J Smith' is not a date"), so quoted text, numbers and
 * anything shaped like an identifier are replaced, and only counts of what the store holds go in.
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

const SCRUBBERS: Array<[RegExp, string]> = [
  [/[\w.+-]+@[\w-]+\.[\w.-]+/g, '[email]'],
  [/(["'“‘])(?:(?!\1)[^\n])*?(["'”’])/g, '[text]'],
  [/\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b/g, '[name]'],
  [/\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi, '[postcode]'],
  [/\d+/g, '#'],
];

export function scrub(text: string): string {
  return SCRUBBERS.reduce((t, [pattern, token]) => t.replace(pattern, token), text).slice(0, 500);
}

/** Stack frames keep where the code failed (function, file, line), never the message they repeat. */
function frames(stack: string | undefined): string[] {
  return (stack ?? '')
    .split('\n')
    .filter((line) => /^\s*at\s|@/.test(line))
    .slice(0, 20)
    .map((line) => line.trim().replace(/\?[^:)\s]*/g, '').replace(/(["'“‘])[^\n]*?(["'”’])/g, '[text]'));
}

export function diagnosticReport(input: DiagnosticInput): string {
  return `${JSON.stringify(
    {
      report: 'Journey Mapper diagnostic report (contains no personal data: messages are scrubbed, the store is described only by counts)',
      at: input.at,
      where: input.where,
      app: { version: input.appVersion, platform: input.platform, userAgent: input.userAgent, schemaVersion: input.schemaVersion },
      error: { name: scrub(input.error.name), message: scrub(input.error.message), stack: frames(input.error.stack) },
      store: input.counts,
    },
    null,
    2,
  )}\n`;
}
