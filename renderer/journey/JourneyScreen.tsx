import { useEffect, useMemo, useRef, useState } from 'react';
import { addLink, deleteContacts } from '../../shared/editing/journey-edits';
import type { MenuCommand } from '../../shared/ipc/contract';
import { formatDateAsWritten, formatUkDate } from '../../shared/model';
import { useDismissedSuggestions } from '../store/suggestion-dismissals';
import { useAppServices, usePerform } from '../store/app-services';
import { journeyTotals } from '../../shared/costing/journey-totals';
import { useDeflatorSeries, usePriceBase, useRuleSettings } from '../store/costing-settings';
import { suggestMissedOpportunities } from '../../shared/suggestions/missed-opportunity-rules';
import {
  useAgencies,
  useCase,
  useCaseJourney,
  useCaseOutcomes,
  useCategories,
  useOwnOutcomeMeasures,
  useUnitCosts,
} from '../store/journey-queries';
import type { ContactFormLibrary } from './ContactForm';
import { JourneyCostSummary } from './JourneyCostSummary';
import { ContactEditor } from './ContactEditor';
import { ContactEntry } from './ContactEntry';
import { journeyLanes } from '../../shared/timeline/lanes';
import { LanesPanel } from './LanesPanel';
import { RulesPanel } from './RulesPanel';
import { SuggestionsPanel } from './SuggestionsPanel';
import { LifeEventPanel } from './LifeEventPanel';
import { CaseDetailsPanel } from '../cases';
import { safeFileName } from '../export';
import { TimelineCanvas, type CanvasCommand } from './timeline/TimelineCanvas';
import { timelinePicture } from './timeline/timeline-picture';
import { useAfterFirstPaint } from './timeline/use-after-first-paint';
import { JourneyToolbar } from './JourneyToolbar';
import { OutcomesPanel } from './OutcomesPanel';
import { outcomeLines } from '../../shared/outcomes/outcome-lines';
import { useJourneyShortcuts } from './use-journey-shortcuts';
import { JourneyTable } from './table/JourneyTable';
import { JourneyViewSwitch, type JourneyView } from './table/JourneyViewSwitch';
import { UndoToast } from '../components/UndoToast';

type SidePanel =
  | { kind: 'none' }
  /** `focus` changes with each request to add, so the form takes the cursor even when already open. */
  | { kind: 'add-contact'; agencyId: string; date: string; focus: number }
  | { kind: 'case-details' }
  | { kind: 'contact'; contactId: string }
  | { kind: 'life-event'; lifeEventId: string | null }
  | { kind: 'lanes' }
  | { kind: 'outcomes' }
  | { kind: 'rules' };

interface JourneyScreenProps {
  caseId: string;
  onClose: () => void;
  command: MenuCommand | null;
  onCommandHandled: () => void;
}

/** One person's journey: the timeline, and a side panel to add or edit what is selected. */
export function JourneyScreen({ caseId, onClose, command, onCommandHandled }: JourneyScreenProps) {
  const { platform } = useAppServices();
  const perform = usePerform();
  const theCase = useCase(caseId);
  const journey = useCaseJourney(caseId);
  const outcomes = useCaseOutcomes(caseId);
  const ownMeasures = useOwnOutcomeMeasures();
  const outcomeLanes = useMemo(
    () => outcomeLines(outcomes ?? [], ownMeasures ?? []),
    [outcomes, ownMeasures],
  );
  const allAgencies = useAgencies();
  const categories = useCategories();
  const unitCosts = useUnitCosts();
  const [priceBase, setPriceBase] = usePriceBase();
  const [series] = useDeflatorSeries();
  const [panel, setPanel] = useState<SidePanel>({ kind: 'none' });
  const [canvasCommand, setCanvasCommand] = useState<CanvasCommand | null>(null);
  const [view, setView] = useState<JourneyView>('timeline');
  const [toast, setToast] = useState<string | null>(null);

  const journeyBody = useRef<HTMLDivElement>(null);
  const pictureItems = useMemo(() => {
    const name = safeFileName(theCase?.pseudonym ?? 'journey');
    const picture = (kind: 'png' | 'svg') => async () => {
      const timeline = journeyBody.current?.querySelector<HTMLElement>('[data-testid="timeline"]');
      if (!timeline) throw new Error('the timeline is not shown');
      return platform.saveFile({
        suggestedName: `${name} timeline.${kind}`,
        filters: [{ name: kind.toUpperCase(), extensions: [kind] }],
        bytes: await timelinePicture(timeline, kind),
      });
    };
    return [
      { label: 'Timeline picture (.png)', run: picture('png') },
      { label: 'Timeline picture (.svg)', run: picture('svg') },
      {
        label: 'Print or save as PDF…',
        run: async () => (await platform.printJourney(`${name}.pdf`), { saved: false, fileName: null }),
      },
    ];
  }, [platform, theCase?.pseudonym]);

  const sendCanvas = (kind: CanvasCommand['kind']) =>
    setCanvasCommand((c) => ({ kind, seq: (c?.seq ?? 0) + 1 }));

  useEffect(() => {
    if (command === 'fit-journey') sendCanvas('fit');
    if (command === 'print') void platform.printJourney(`${theCase?.pseudonym ?? 'journey'}.pdf`);
    if (command !== null) onCommandHandled();
  }, [command, onCommandHandled, platform, theCase?.pseudonym]);

  // One list for as long as the agencies are unchanged: the timeline sorts every contact into its
  // lane again whenever it is handed a new one, which would be on every selection or panel change.
  const visibleAgencies = useMemo(() => (allAgencies ?? []).filter((a) => !a.hidden), [allAgencies]);
  // The same goes for the lanes this journey shows: a new list only when the agencies its contacts use change.
  const usedKey = useMemo(
    () => [...new Set((journey?.contacts ?? []).map((c) => c.agencyId))].sort().join('\n'),
    [journey?.contacts],
  );
  const usedAgencyIds = useMemo(() => new Set(usedKey === '' ? [] : usedKey.split('\n')), [usedKey]);
  const laneAgencies = useMemo(
    () => journeyLanes(visibleAgencies, usedAgencyIds, theCase?.addedLaneIds),
    [visibleAgencies, usedAgencyIds, theCase?.addedLaneIds],
  );
  const firstVisibleAgencyId = laneAgencies[0]?.id ?? visibleAgencies[0]?.id ?? '';
  const addContactAt = (agencyId: string, date: string) =>
    setPanel((p) => ({
      kind: 'add-contact',
      agencyId,
      date,
      focus: p.kind === 'add-contact' ? p.focus + 1 : 0,
    }));
  const addContact = () =>
    addContactAt(firstVisibleAgencyId, formatUkDate(new Date().toISOString().slice(0, 10)));
  useJourneyShortcuts((shortcut) => {
    if (shortcut === 'new-contact') addContact();
    else if (shortcut === 'close') setPanel({ kind: 'none' });
    else sendCanvas(shortcut);
  });

  const contactTypes = useMemo(
    () => [...new Set((journey?.contacts ?? []).map((c) => c.contactType))].sort(),
    [journey?.contacts],
  );
  const loaded =
    theCase !== undefined &&
    journey !== undefined &&
    allAgencies !== undefined &&
    categories !== undefined &&
    unitCosts !== undefined &&
    priceBase !== undefined &&
    series !== undefined;
  // The timeline is drawn first; costing the journey and running the rules fill in a frame later.
  const drawn = useAfterFirstPaint(loaded);
  const totals = useMemo(
    () =>
      drawn && journey && unitCosts && allAgencies && priceBase && series
        ? journeyTotals({
            contacts: journey.contacts,
            agencies: allAgencies,
            basis: { priceBase, series, unitCosts },
          })
        : undefined,
    [drawn, journey, unitCosts, allAgencies, priceBase, series],
  );
  const [ruleSettings] = useRuleSettings();
  const dismissed = useDismissedSuggestions(caseId);
  const suggestions = useMemo(
    () =>
      drawn && journey && allAgencies && ruleSettings && dismissed
        ? suggestMissedOpportunities({
            contacts: journey.contacts,
            agencies: allAgencies,
            settings: ruleSettings,
            dismissed,
          })
        : [],
    [drawn, journey, allAgencies, ruleSettings, dismissed],
  );
  const suggestedContacts = useMemo(
    () => new Map(suggestions.map((s) => [s.contactId, s.category])),
    [suggestions],
  );

  if (
    theCase === undefined ||
    journey === undefined ||
    allAgencies === undefined ||
    categories === undefined ||
    unitCosts === undefined ||
    priceBase === undefined ||
    series === undefined
  )
    return <p className="loading">Opening the journey…</p>;
  if (theCase === null)
    return (
      <section className="error-panel" role="alert">
        <h1>This case no longer exists</h1>
        <button type="button" onClick={onClose}>
          Back to cases
        </button>
      </section>
    );

  const selectedContact =
    panel.kind === 'contact' ? (journey.contacts.find((c) => c.id === panel.contactId) ?? null) : null;
  const missedCount = journey.contacts.filter((c) => c.missedOpportunity !== null).length;
  // Delete on the timeline acts at once, as the panel's button does; the toast says what went and offers it back.
  const deleteByKeyboard = async (contactId: string) => {
    const contact = journey.contacts.find((c) => c.id === contactId);
    if (contact === undefined) return;
    await perform(deleteContacts([contact], journey.links));
    if (panel.kind === 'contact' && panel.contactId === contactId) setPanel({ kind: 'none' });
    setToast(
      `Deleted ${contact.contactType}, ${formatDateAsWritten(contact.start)}. Undo or Ctrl+Z brings it back.`,
    );
  };
  const entryLibrary: ContactFormLibrary = {
    agencies: visibleAgencies,
    categories,
    contactTypes,
    unitCosts,
    priceBase,
    series,
  };

  return (
    <section className="journey" aria-labelledby="journey-heading">
      <JourneyToolbar
        theCase={theCase}
        counts={`${countOf(journey.contacts.length, 'contact', 'contacts')} · ${countOf(new Set(journey.contacts.map((c) => c.agencyId)).size, 'agency', 'agencies')} · ${countOf(missedCount, 'missed opportunity', 'missed opportunities')}`}
        priceBase={priceBase}
        series={series}
        onPriceBase={(year) => void setPriceBase(year)}
        onClose={onClose}
        onAddContact={addContact}
        onAddLifeEvent={() => setPanel({ kind: 'life-event', lifeEventId: null })}
        onLanes={() => setPanel({ kind: 'lanes' })}
        onCaseDetails={() => setPanel({ kind: 'case-details' })}
        onOutcomes={() => setPanel({ kind: 'outcomes' })}
        onZoomOut={() => sendCanvas('zoom-out')}
        onZoomIn={() => sendCanvas('zoom-in')}
        onFit={() => sendCanvas('fit')}
        pictureItems={pictureItems}
        viewSwitch={<JourneyViewSwitch view={view} onChange={setView} />}
      />
      <div className="journey-body" ref={journeyBody}>
        {view === 'table' ? (
          <JourneyTable
            contacts={journey.contacts}
            agencies={allAgencies}
            costs={totals?.contactCosts}
            priceBase={priceBase}
            selectedContactId={selectedContact?.id ?? null}
            onSelectContact={(contactId) => setPanel({ kind: 'contact', contactId })}
          />
        ) : (
          <TimelineCanvas
            contacts={journey.contacts}
            links={journey.links}
            lifeEvents={journey.lifeEvents}
            agencies={laneAgencies}
            selectedContactId={selectedContact?.id ?? null}
            suggested={suggestedContacts}
            command={canvasCommand}
            onSelectContact={(contactId) =>
              setPanel(contactId === null ? { kind: 'none' } : { kind: 'contact', contactId })
            }
            onSelectLifeEvent={(lifeEventId) => setPanel({ kind: 'life-event', lifeEventId })}
            onAddAt={addContactAt}
            onLink={(from, to) =>
              void perform(
                addLink({ caseId, fromContactId: from, toContactId: to, kind: 'referral', label: '' }),
              )
            }
            onDeleteContact={(contactId) => void deleteByKeyboard(contactId)}
            totals={totals}
            outcomes={outcomeLanes}
          />
        )}
        <aside className="side-panel" aria-label="Details">
          {panel.kind === 'none' && suggestions.length > 0 && (
            <SuggestionsPanel
              caseId={caseId}
              suggestions={suggestions}
              contacts={journey.contacts}
              categories={categories}
              onSelectContact={(contactId) => setPanel({ kind: 'contact', contactId })}
              onRules={() => setPanel({ kind: 'rules' })}
            />
          )}
          {panel.kind === 'none' &&
            (totals ? (
              <JourneyCostSummary
                totals={totals}
                onSelectContact={(contactId) => setPanel({ kind: 'contact', contactId })}
              />
            ) : (
              <p className="loading">Costing the journey…</p>
            ))}
          {panel.kind === 'rules' && <RulesPanel onClose={() => setPanel({ kind: 'none' })} />}
          {panel.kind === 'add-contact' && (
            <ContactEntry
              caseId={caseId}
              agencyId={panel.agencyId}
              date={panel.date}
              focusRequest={panel.focus}
              library={entryLibrary}
              onClose={() => setPanel({ kind: 'none' })}
            />
          )}
          {selectedContact && (
            <ContactEditor
              contact={selectedContact}
              contacts={journey.contacts}
              links={journey.links}
              library={{ ...entryLibrary, agencies: allAgencies }}
              onClose={() => setPanel({ kind: 'none' })}
            />
          )}
          {panel.kind === 'life-event' && (
            <LifeEventPanel
              key={panel.lifeEventId ?? 'new'}
              caseId={caseId}
              lifeEvent={journey.lifeEvents.find((e) => e.id === panel.lifeEventId) ?? null}
              onClose={() => setPanel({ kind: 'none' })}
            />
          )}
          {panel.kind === 'case-details' && (
            <CaseDetailsPanel row={theCase} onClose={() => setPanel({ kind: 'none' })} />
          )}
          {panel.kind === 'outcomes' && (
            <OutcomesPanel
              caseId={caseId}
              measurements={outcomes ?? []}
              ownMeasures={ownMeasures ?? []}
              onClose={() => setPanel({ kind: 'none' })}
            />
          )}
          {panel.kind === 'lanes' && (
            <LanesPanel
              agencies={allAgencies}
              theCase={theCase}
              usedAgencyIds={usedAgencyIds}
              onClose={() => setPanel({ kind: 'none' })}
            />
          )}
        </aside>
      </div>
      {toast && <UndoToast message={toast} onDismiss={() => setToast(null)} />}
    </section>
  );
}

function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
