import { useState } from 'react';
import packageJson from '../../package.json';
import { diagnosticReport } from '../../shared/diagnostics/diagnostic-report';
import { CURRENT_SCHEMA_VERSION } from '../store/schema-versions';
import { useAppServices } from '../store/app-services';
import { countRows } from '../store/case-repository';

/** Saves a report of a failure that someone supporting the tool can read, with identifiers scrubbed from it. */
export function DiagnosticReportButton({ error, where }: { error: Error; where: string }) {
  const { db, platform } = useAppServices();
  const [saved, setSaved] = useState<string | null>(null);
  const save = async () => {
    const counts = await countRows(db, ['cases', 'contacts', 'agencies', 'unitCosts', 'links', 'lifeEvents']);
    const report = diagnosticReport({
      error: { name: error.name, message: error.message, stack: error.stack },
      where,
      appVersion: packageJson.version,
      platform: platform.kind,
      userAgent: navigator.userAgent,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      counts,
      at: new Date().toISOString(),
    });
    const result = await platform.saveFile({
      suggestedName: 'journey-mapper-diagnostic-report.json',
      filters: [{ name: 'Diagnostic report', extensions: ['json'] }],
      bytes: new TextEncoder().encode(report),
    });
    if (result.saved)
      setSaved(
        `Saved ${result.fileName ?? 'the report'}: it says what failed and where, with names, numbers, dates, addresses and quoted text taken out. Open it to check before you send it.`,
      );
  };
  return (
    <>
      <button type="button" onClick={() => void save()}>
        Save a diagnostic report…
      </button>
      {saved && <span role="status"> {saved}</span>}
    </>
  );
}
