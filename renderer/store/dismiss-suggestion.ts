import { summaryEntry } from '../../shared/audit/audit-entries';
import { nowTimestamp } from '../../shared/model';
import type { JourneyDatabase } from './journey-database';

/** Turns a suggested missed opportunity down for good, with its audit trail entry, in one transaction. */
export async function dismissSuggestion(
  db: JourneyDatabase,
  suggestion: { key: string; category: string; contactId: string },
  caseId: string,
): Promise<void> {
  const at = nowTimestamp();
  await db.transaction('rw', db.dismissedSuggestions, db.auditTrail, async () => {
    await db.dismissedSuggestions.put({ key: suggestion.key, caseId, dismissedAt: at });
    await db.auditTrail.add(
      summaryEntry(
        `dismiss suggestion ${suggestion.category}`,
        { at, who: db.analystName },
        {
          action: 'dismiss',
          caseId,
          entity: 'suggestions',
          entityId: suggestion.contactId,
          changes: [{ field: 'suggestion', before: suggestion.category, after: 'dismissed' }],
        },
      ),
    );
  });
}
