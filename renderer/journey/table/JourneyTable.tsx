import { useVirtualizer } from '@tanstack/react-virtual';
import { useId, useMemo, useRef, useState } from 'react';
import type { ContactCost } from '../../../shared/costing/contact-cost';
import {
  journeyTableRows,
  sortAndFilterRows,
  type JourneyTableColumn,
  type JourneyTableSort,
} from '../../../shared/journey-table/journey-table-rows';
import type { Agency, Contact } from '../../../shared/model';

const COLUMNS: Array<{ key: JourneyTableColumn; label: string; numeric?: boolean }> = [
  { key: 'date', label: 'Date' },
  { key: 'time', label: 'Time' },
  { key: 'agency', label: 'Agency' },
  { key: 'contactType', label: 'Contact type' },
  { key: 'cost', label: 'Cost', numeric: true },
  { key: 'missedOpportunity', label: 'Missed opportunity' },
  { key: 'category', label: 'Category' },
];

/** Rows drawn beyond the visible ones on each side, so a quick scroll never shows a gap. */
const OVERSCAN = 12;
/** A row's height before it is measured (one line of text in a table cell). */
const ROW_HEIGHT = 33;

interface JourneyTableProps {
  contacts: readonly Contact[];
  agencies: readonly Agency[];
  /** The costing engine's cost of each contact at the price base; undefined while it is costing. */
  costs: ReadonlyMap<string, ContactCost> | undefined;
  priceBase: string;
  selectedContactId: string | null;
  onSelectContact: (contactId: string) => void;
}

/**
 * The journey as a table: one row per contact, the text equivalent of the timeline. Only the rows
 * in view are drawn (a journey may hold thousands), between two spacer rows that keep the scroll
 * height; it stays a real table, whose aria-rowcount and each row's aria-rowindex tell a screen
 * reader where it is ("row 40 of 126") whichever rows are drawn.
 */
export function JourneyTable({
  contacts,
  agencies,
  costs,
  priceBase,
  selectedContactId,
  onSelectContact,
}: JourneyTableProps) {
  const [sort, setSort] = useState<JourneyTableSort>({ column: 'date', descending: false });
  const [filter, setFilter] = useState('');
  const rows = useMemo(() => journeyTableRows(contacts, agencies, costs), [contacts, agencies, costs]);
  const shown = useMemo(() => sortAndFilterRows(rows, sort, filter), [rows, sort, filter]);
  const countId = useId();

  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    getItemKey: (index) => shown[index].contactId,
  });
  const drawn = virtualizer.getVirtualItems();
  const spaceAbove = drawn[0]?.start ?? 0;
  const spaceBelow = virtualizer.getTotalSize() - (drawn[drawn.length - 1]?.end ?? 0);

  return (
    <div className="journey-table">
      <div className="journey-table-filters">
        <label>
          Filter contacts
          <input
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            aria-describedby={countId}
          />
        </label>
        <span className="hint" id={countId} data-testid="journey-table-count" role="status">
          {shown.length} of {rows.length} contacts
        </span>
      </div>
      <div className="journey-table-wrap" ref={scroller}>
        <table
          className="case-table journey-contacts-table"
          aria-label="Contacts"
          aria-rowcount={shown.length + 1}
        >
          <thead>
            <tr aria-rowindex={1}>
              {COLUMNS.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={sort.column === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
                  className={c.numeric ? 'number' : undefined}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() =>
                      setSort((s) => ({
                        column: c.key,
                        descending: s.column === c.key ? !s.descending : false,
                      }))
                    }
                  >
                    {c.key === 'cost' ? `Cost (${priceBase} prices)` : c.label}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {spaceAbove > 0 && (
              <tr aria-hidden="true" className="table-spacer" style={{ height: spaceAbove }} />
            )}
            {drawn.map(({ index, key }) => {
              const r = shown[index];
              const selected = r.contactId === selectedContactId;
              return (
                <tr
                  key={key}
                  data-index={index}
                  ref={virtualizer.measureElement}
                  aria-rowindex={index + 2}
                  aria-current={selected ? 'true' : undefined}
                  className={selected ? 'selected' : undefined}
                  data-contact-id={r.contactId}
                >
                  <td>{r.date}</td>
                  <td>{r.time}</td>
                  <td>{r.agency}</td>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onSelectContact(r.contactId)}
                    >
                      {r.contactType}
                    </button>
                  </th>
                  <td className="number">{r.costText}</td>
                  <td>{r.missedOpportunity ? <span className="mo-text">◆ Missed opportunity</span> : ''}</td>
                  <td>{r.category}</td>
                </tr>
              );
            })}
            {spaceBelow > 0 && (
              <tr aria-hidden="true" className="table-spacer" style={{ height: spaceBelow }} />
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
