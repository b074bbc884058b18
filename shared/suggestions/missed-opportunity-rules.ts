import type { Agency, Contact } from '../model';
import { contactsByCase } from '../cohort/by-case';
import { ruleJourney, type RuleContact } from './rule-journey';
import type { RuleId, RuleSettings } from './rule-settings';
import { failedToEngage, releaseWithoutAccommodation, repeatCrisis, yoYo, type Finding } from './rules';

export { DEFAULT_RULE_SETTINGS, RULE_IDS, RuleSettings, type RuleId } from './rule-settings';

/** A missed opportunity the rules suggest; the analyst accepts it onto the contact or dismisses it. */
export interface Suggestion {
  /** Rule id and the ids of the contacts the suggestion rests on: the same evidence gives the same key, so a dismissal is remembered. */
  key: string;
  ruleId: RuleId;
  /** The contact the flag would go on. */
  contactId: string;
  category: string;
  /** In plain words, dates dd/mm/yyyy. */
  explanation: string;
}

export interface SuggestionInput {
  contacts: readonly Contact[];
  agencies: readonly Agency[];
  settings: RuleSettings;
  /** Keys of suggestions the analyst dismissed. */
  dismissed: ReadonlySet<string>;
}

export function suggestionKey(ruleId: RuleId, triggeringContactIds: readonly string[]): string {
  return [ruleId, ...triggeringContactIds.map(encodeURIComponent)].join(':');
}

function findingsOf(journey: RuleContact[], settings: RuleSettings): Finding[] {
  const run = <R extends RuleId>(ruleId: R, rule: (j: RuleContact[], s: RuleSettings[R]) => Finding[]) =>
    settings[ruleId].enabled ? rule(journey, settings[ruleId]) : [];
  return [
    ...run('repeat-crisis', repeatCrisis),
    ...run('yo-yo', yoYo),
    ...run('release-without-accommodation', releaseWithoutAccommodation),
    ...run('failed-to-engage', failedToEngage),
  ];
}

/**
 * Runs every enabled rule over each case's contacts (contacts of several cases are kept apart).
 * Contacts already flagged are never suggested again, nor are dismissed keys. Within a case,
 * suggestions come in date order of the contact they would flag, then in rule order.
 */
export function suggestMissedOpportunities(input: SuggestionInput): Suggestion[] {
  const agencies = new Map(input.agencies.map((a) => [a.id, a]));
  const suggestions: Suggestion[] = [];
  for (const contacts of contactsByCase(input.contacts).values()) {
    const journey = ruleJourney(contacts, agencies);
    const position = new Map(journey.map((c, i) => [c, i]));
    // A stable sort keeps rule order among findings on the same contact.
    const findings = findingsOf(journey, input.settings).sort(
      (a, b) => (position.get(a.flagged) ?? 0) - (position.get(b.flagged) ?? 0),
    );
    for (const finding of findings) {
      if (finding.flagged.contact.missedOpportunity !== null) continue;
      const key = suggestionKey(
        finding.ruleId,
        finding.triggers.map((c) => c.contact.id),
      );
      if (input.dismissed.has(key)) continue;
      suggestions.push({
        key,
        ruleId: finding.ruleId,
        contactId: finding.flagged.contact.id,
        category: input.settings[finding.ruleId].category,
        explanation: finding.explanation,
      });
    }
  }
  return suggestions;
}
