import { RULE_IDS, type RuleId, type RuleSettings } from '../../shared/suggestions/missed-opportunity-rules';
import { useRuleSettings } from '../store/costing-settings';
import { SidePanel } from '../components/SidePanel';

const RULE_LABELS: Record<RuleId, string> = {
  'repeat-crisis': 'Repeated A&E or ambulance crises with no referral to mental health or treatment',
  'yo-yo': 'A service closes the case and a crisis follows (yo-yo)',
  'release-without-accommodation':
    'Release or discharge with no accommodation, then rough sleeping or arrest',
  'failed-to-engage': '"Failed to engage" with no outreach afterwards',
};

/** The numbers each rule can be tuned by, in the users' words. */
const NUMBERS: Array<{ rule: RuleId; field: string; label: string }> = [
  { rule: 'repeat-crisis', field: 'crisisContacts', label: 'Crises' },
  { rule: 'repeat-crisis', field: 'windowDays', label: 'Within days' },
  { rule: 'yo-yo', field: 'withinDays', label: 'Crisis within days' },
  { rule: 'release-without-accommodation', field: 'housingDays', label: 'Housing contact within days' },
  { rule: 'release-without-accommodation', field: 'withinDays', label: 'Harm within days' },
  { rule: 'failed-to-engage', field: 'withinDays', label: 'Outreach within days' },
];

export function RulesPanel({ onClose }: { onClose: () => void }) {
  const [settings, save] = useRuleSettings();
  if (settings === undefined) return null;
  const change = (rule: RuleId, field: string, value: unknown) =>
    void save({ ...settings, [rule]: { ...settings[rule], [field]: value } } as RuleSettings);
  return (
    <SidePanel title="Missed-opportunity rules" closeLabel="Close rules" onClose={onClose}>
      {RULE_IDS.map((rule) => (
        <fieldset key={rule}>
          <legend>
            <label>
              <input
                type="checkbox"
                checked={settings[rule].enabled}
                onChange={(e) => change(rule, 'enabled', e.target.checked)}
              />{' '}
              {RULE_LABELS[rule]}
            </label>
          </legend>
          {NUMBERS.filter((n) => n.rule === rule).map((n) => (
            <label key={n.field}>
              {n.label}
              <input
                type="number"
                min={n.field === 'crisisContacts' ? 2 : 0}
                max={3650}
                value={(settings[rule] as unknown as Record<string, number>)[n.field]}
                onChange={(e) => change(rule, n.field, Math.max(0, Math.round(Number(e.target.value))))}
              />
            </label>
          ))}
          <label>
            Category
            <input
              value={settings[rule].category}
              onChange={(e) => change(rule, 'category', e.target.value)}
            />
          </label>
        </fieldset>
      ))}
      <button type="button" onClick={onClose}>
        Done
      </button>
    </SidePanel>
  );
}
