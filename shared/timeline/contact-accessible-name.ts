import type { ContactCost } from '../costing/contact-cost';
import { formatPence } from '../costing/money';
import { formatDateAsWritten, isExactDate, whatIsKnown, type Contact } from '../model';

export interface ContactNameParts {
  contact: Pick<Contact, 'contactType' | 'start' | 'missedOpportunity'>;
  agencyName: string;
  /** The costing engine's cost of this contact at the price base; undefined while the journey is being costed. */
  cost: ContactCost | undefined;
  /** The rules' suggested category, for a contact the analyst has not yet decided on. */
  suggested?: string | null;
  /** How many contacts share the "n contacts" aggregate it is drawn in at this scale, or 0 when drawn on its own. */
  drawnWith?: number;
}

/** The cost as the journey's table writes it: £719.00, or "not costed" (never £0). */
function costText(cost: ContactCost | undefined): string {
  if (cost === undefined) return 'costing…';
  return cost.status === 'uncosted' ? 'not costed' : formatPence(cost.amount);
}

/**
 * What a screen reader says for a contact on the timeline, everything the picture shows of it:
 * "Police: Arrest, 03/02/2019 23:10, £719.00, missed opportunity: no referral made". A contact
 * drawn inside an aggregate says so, since nothing on screen marks it alone.
 */
export function contactAccessibleName({
  contact,
  agencyName,
  cost,
  suggested,
  drawnWith = 0,
}: ContactNameParts): string {
  const parts = [
    `${agencyName}: ${contact.contactType}`,
    isExactDate(contact.start)
      ? formatDateAsWritten(contact.start)
      : `${formatDateAsWritten(contact.start)} (approximate: ${whatIsKnown(contact.start)})`,
    costText(cost),
  ];
  if (contact.missedOpportunity !== null)
    parts.push(`missed opportunity: ${contact.missedOpportunity.category}`);
  else if (suggested) parts.push(`suggested missed opportunity: ${suggested}`);
  if (drawnWith > 1) parts.push(`one of ${drawnWith} contacts drawn together at this zoom (plus zooms in)`);
  return parts.join(', ');
}
