import type { UnitCost } from '../model';
import { gmcaId } from './gmca-unit-costs';

const SHIPPED_SOURCE =
  /^GMCA \/ New Economy Unit Cost Database v1\.4 \(March 2015, CC BY 4\.0\), ([A-Z&]+\d+(?:\.\d+)*):/;

/**
 * The GMCA cost code of an entry the default library shipped before entries kept their code: its
 * id is the one the code gives and its source names the code. Anything else (an analyst's own
 * entry citing GMCA, say) is left alone.
 */
export function codeOfShippedGmcaEntry(entry: Pick<UnitCost, 'id' | 'source'>): string | null {
  const code = SHIPPED_SOURCE.exec(entry.source)?.[1];
  return code !== undefined && gmcaId(code) === entry.id ? code : null;
}
