import { useLiveQuery } from 'dexie-react-hooks';
import { useAppServices } from './app-services';

/** The keys of the suggestions the analyst turned down for this case, so they are not suggested again. */
export function useDismissedSuggestions(caseId: string): Set<string> | undefined {
  const { db } = useAppServices();
  return useLiveQuery(
    async () =>
      new Set((await db.dismissedSuggestions.where('caseId').equals(caseId).toArray()).map((d) => d.key)),
    [db, caseId],
  );
}
