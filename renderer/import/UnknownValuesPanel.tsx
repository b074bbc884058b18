import { valueKey } from '../../shared/contact-sheet/contact-import';
import {
  resolutionOf,
  type AgencyResolution,
  type ContactTypeResolution,
  type SimilarCostBearer,
  type ValueResolutions,
} from '../../shared/contact-sheet/import-plan';
import type { ValueCount } from '../../shared/contact-sheet/sheet-check';
import { SECTORS, type Agency, type Sector, type UnitCost } from '../../shared/model';
import { UnitCostPicker } from '../unit-costs';

interface UnknownValuesPanelProps {
  agencies: ValueCount[];
  contactTypes: ValueCount[];
  /** Stated cost bearers the library has under another spelling. */
  costBearers: SimilarCostBearer[];
  knownAgencies: Agency[];
  unitCosts: UnitCost[];
  resolutions: ValueResolutions;
  onChange: (resolutions: ValueResolutions) => void;
}

const NEW_PREFIX = 'new:';

function agencyChoice(resolution: AgencyResolution | undefined): string {
  if (resolution === undefined) return '';
  return resolution.kind === 'new' ? `${NEW_PREFIX}${resolution.sector}` : resolution.agencyId;
}

/** Each agency and contact type the library does not know, and the user's decision for it. */
export function UnknownValuesPanel({
  agencies,
  contactTypes,
  costBearers,
  knownAgencies,
  unitCosts,
  resolutions,
  onChange,
}: UnknownValuesPanelProps) {
  const setAgency = (value: string, choice: string) => {
    const next = { ...resolutions.agencies };
    if (choice === '') delete next[valueKey(value)];
    else
      next[valueKey(value)] = choice.startsWith(NEW_PREFIX)
        ? { kind: 'new', sector: choice.slice(NEW_PREFIX.length) as Sector }
        : { kind: 'existing', agencyId: choice };
    onChange({ ...resolutions, agencies: next });
  };
  const setContactType = (value: string, choice: string) => {
    const resolution: ContactTypeResolution =
      choice === '' ? { kind: 'new' } : { kind: 'unit cost', unitCostId: choice };
    onChange({
      ...resolutions,
      contactTypes: { ...resolutions.contactTypes, [valueKey(value)]: resolution },
    });
  };
  const setCostBearer = (value: string, choice: string) => {
    const next = { ...resolutions.costBearers };
    if (choice === '') delete next[valueKey(value)];
    else next[valueKey(value)] = { kind: choice === 'new' ? 'new' : 'existing' };
    onChange({ ...resolutions, costBearers: next });
  };
  const createAll = () =>
    onChange({
      ...resolutions,
      agencies: Object.fromEntries(
        agencies.map((a) => [
          valueKey(a.value),
          resolutionOf(resolutions.agencies, a.value) ?? { kind: 'new', sector: 'Other' },
        ]),
      ),
    });

  return (
    <section className="import-section" aria-labelledby="values-heading">
      <h2 id="values-heading">Values the library does not know</h2>
      {agencies.length > 0 && (
        <>
          <p>
            {agencies.length === 1 ? '1 agency' : `${agencies.length} agencies`} in the file{' '}
            {agencies.length === 1 ? 'is' : 'are'} not in your agency list: map each to an agency, or create
            it as a new lane.{' '}
            <button type="button" className="link-button" onClick={createAll}>
              Create all as new agencies
            </button>
          </p>
          <table className="case-table" aria-label="Unknown agencies">
            <tbody>
              {agencies.map((a) => (
                <tr key={a.value}>
                  <th scope="row">{a.value}</th>
                  <td>{a.rows === 1 ? '1 row' : `${a.rows} rows`}</td>
                  <td>
                    <select
                      aria-label={`Agency for “${a.value}”`}
                      value={agencyChoice(resolutionOf(resolutions.agencies, a.value))}
                      onChange={(e) => setAgency(a.value, e.target.value)}
                    >
                      <option value="">Choose…</option>
                      {/* The sector is not the lane: "New agency: Police" read like a second Police lane. */}
                      <optgroup label="Create a new lane, in sector">
                        {SECTORS.map((s) => (
                          <option key={s} value={`${NEW_PREFIX}${s}`}>
                            New lane (sector {s})
                          </option>
                        ))}
                      </optgroup>
                      <optgroup label="Same as an existing agency">
                        {knownAgencies.map((k) => (
                          <option key={k.id} value={k.id}>
                            {k.name}
                          </option>
                        ))}
                      </optgroup>
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {costBearers.length > 0 && (
        <>
          <p>
            {costBearers.length === 1
              ? '1 cost bearer in the file is'
              : `${costBearers.length} cost bearers in the file are`}{' '}
            written differently from one the library has: use the library&apos;s, so their costs are totalled
            together, or keep each as a new cost bearer.
          </p>
          <table className="case-table" aria-label="Cost bearers written differently">
            <tbody>
              {costBearers.map((b) => (
                <tr key={b.value}>
                  <th scope="row">{b.value}</th>
                  <td>row {b.firstRow}</td>
                  <td>
                    <select
                      aria-label={`Cost bearer for “${b.value}”`}
                      value={resolutionOf(resolutions.costBearers ?? {}, b.value)?.kind ?? ''}
                      onChange={(e) => setCostBearer(b.value, e.target.value)}
                    >
                      <option value="">Choose…</option>
                      <option value="existing">Use “{b.existing}” (in the library)</option>
                      <option value="new">Keep “{b.value}” as a new cost bearer</option>
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {contactTypes.length > 0 && (
        <>
          <p>
            {contactTypes.length === 1 ? '1 contact type is' : `${contactTypes.length} contact types are`}{' '}
            new: pick the unit cost that prices each, or keep it as a new, uncosted contact type.
          </p>
          <table className="case-table" aria-label="Unknown contact types">
            <tbody>
              {contactTypes.map((t) => {
                const resolution = resolutionOf(resolutions.contactTypes, t.value);
                return (
                  <tr key={t.value}>
                    <th scope="row">{t.value}</th>
                    <td>{t.rows === 1 ? '1 row' : `${t.rows} rows`}</td>
                    <td>
                      <UnitCostPicker
                        typed={t.value}
                        unitCosts={unitCosts}
                        value={resolution?.kind === 'unit cost' ? resolution.unitCostId : ''}
                        onChange={(unitCostId) => setContactType(t.value, unitCostId)}
                        label={`Unit cost for “${t.value}”`}
                        labelHidden
                        noneLabel="Keep as a new contact type (uncosted)"
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
