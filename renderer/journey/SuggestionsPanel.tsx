import { useState } from 'react';
import type { Suggestion } from '../../shared/suggestions/missed-opportunity-rules';
import { updateContact } from '../../shared/editing/journey-edits';
import { type Contact, type MissedOpportunityCategory, formatDateAsWritten } from '../../shared/model';
import { dismissSuggestion } from '../store/suggestion-dismissals';
import { useAppServices, usePerform } from '../store/app-services';
import { tooVagueForRules } from '../../shared/suggestions/rule-journey';

interface SuggestionsPanelProps {
  caseId: string;
  suggestions: Suggestion[];
  contacts: readonly Contact[];
  categories: readonly MissedOpportunityCategory[];
  onSelectContact: (contactId: string) => void;
  onRules: () => void;
}

function SuggestionItem({
  suggestion,
  contact,
  categories,
  caseId,
  onSelectContact,
}: {
  suggestion: Suggestion;
  contact: Contact;
  categories: readonly MissedOpportunityCategory[];
  caseId: string;
  onSelectContact: (id: string) => void;
}) {
  const { db } = useAppServices();
  const perform = usePerform();
  const [accepting, setAccepting] = useState(false);
  const [category, setCategory] = useState(suggestion.category);
  const [note, setNote] = useState(suggestion.explanation);
  const accept = () =>
    perform(
      updateContact(contact, {
        missedOpportunity: { category: category.trim(), note: note.trim(), shouldHaveHappened: '' },
      }),
    );
  const dismiss = () => dismissSuggestion(db, suggestion.key, caseId);
  return (
    <li
      className="suggestion"
      aria-label={`Suggestion: ${suggestion.category}, ${formatDateAsWritten(contact.start)}`}
    >
      <p>
        <button type="button" className="link-button" onClick={() => onSelectContact(contact.id)}>
          {formatDateAsWritten(contact.start)} {contact.contactType}
        </button>
      </p>
      <p>
        <strong>{suggestion.category}</strong>: {suggestion.explanation}
      </p>
      {accepting ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (category.trim() !== '') void accept();
          }}
        >
          <label>
            Category
            <input
              list="suggestion-categories"
              value={category}
              onChange={(e) => setCategory(e.target.value)}
            />
          </label>
          <datalist id="suggestion-categories">
            {categories.map((c) => (
              <option key={c.id} value={c.name} />
            ))}
          </datalist>
          <label>
            Note
            <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={3} />
          </label>
          <button type="submit" className="primary">
            Flag as missed opportunity
          </button>{' '}
          <button type="button" onClick={() => setAccepting(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <p>
          <button type="button" onClick={() => setAccepting(true)}>
            Accept…
          </button>{' '}
          <button type="button" onClick={() => void dismiss()}>
            Dismiss
          </button>
        </p>
      )}
    </li>
  );
}

/** Missed opportunities the rules suggest: drawn dotted on the timeline, flagged only when the analyst accepts one. */
export function SuggestionsPanel({
  caseId,
  suggestions,
  contacts,
  categories,
  onSelectContact,
  onRules,
}: SuggestionsPanelProps) {
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const tooVague = contacts.filter(tooVagueForRules).length;
  return (
    <section className="side-panel-section" aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading">Suggested missed opportunities ({suggestions.length})</h2>
      <p className="hint">
        From rules you can switch on, off and tune.{' '}
        <button type="button" className="link-button" onClick={onRules}>
          Rules…
        </button>
      </p>
      {tooVague > 0 && (
        <p className="hint" data-testid="too-vague-for-rules">
          {tooVague === 1 ? '1 contact has' : `${tooVague} contacts have`} a date vaguer than a month, which
          the rules cannot place in their day counts: not checked.
        </p>
      )}
      <ul className="suggestion-list">
        {suggestions.map((s) => {
          const contact = byId.get(s.contactId);
          return contact ? (
            <SuggestionItem
              key={s.key}
              suggestion={s}
              contact={contact}
              categories={categories}
              caseId={caseId}
              onSelectContact={onSelectContact}
            />
          ) : null;
        })}
      </ul>
    </section>
  );
}
