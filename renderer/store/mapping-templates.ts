import { useLiveQuery } from 'dexie-react-hooks';
import type { MappingTemplate } from '../../shared/contact-sheet/mapping-template';
import type { JourneyDatabase } from './journey-database';
import { useAppServices } from './app-services';

/** The saved column mappings for spreadsheet import, one per source system. */
export function useMappingTemplates(): MappingTemplate[] | undefined {
  const { db } = useAppServices();
  return useLiveQuery(() => db.mappingTemplates.toArray(), [db]);
}

export async function saveMappingTemplate(db: JourneyDatabase, template: MappingTemplate): Promise<void> {
  await db.mappingTemplates.put(template);
}
