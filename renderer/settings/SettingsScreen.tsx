import { useEffect, useState } from 'react';
import { useAppServices } from '../store/app-services';
import {
  AnalystName,
  readAnalystName,
  saveAnalystName,
  type AnalystNameSetting,
} from '../store/analyst-name';

function describe(setting: AnalystNameSetting): string {
  if (setting.from === 'settings') return `Changes are recorded as ${setting.name}.`;
  if (setting.from === 'operating system')
    return `Changes are recorded as ${setting.name}, your user name on this computer, until you set a name.`;
  return 'Changes are recorded with no name until you set one.';
}

/** Settings of this store: the analyst's name the audit trail records every change under. */
export function SettingsScreen() {
  const { db, platform } = useAppServices();
  const [setting, setSetting] = useState<AnalystNameSetting | null>(null);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void readAnalystName(db, platform).then((read) => {
      if (!live) return;
      setSetting(read);
      setTyped(read.from === 'settings' ? (read.name ?? '') : '');
    });
    return () => {
      live = false;
    };
  }, [db, platform]);

  const save = async () => {
    const checked = typed.trim() === '' ? null : AnalystName.safeParse(typed);
    if (checked !== null && !checked.success) return setProblem(checked.error.issues[0].message);
    setProblem(null);
    setSetting(await saveAnalystName(db, platform, typed));
  };

  return (
    <section className="settings-screen" aria-labelledby="settings-heading">
      <h1 id="settings-heading">Settings</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <h2>Your name in the audit trail</h2>
        <p className="hint">
          Every change to a case is recorded with when, who and what it was before and after. Set your name
          once; leave it blank to use your user name on this computer.
        </p>
        <label>
          Analyst name{' '}
          <input
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            maxLength={200}
            aria-invalid={problem !== null}
            aria-describedby="analyst-name-status"
          />
        </label>{' '}
        <button type="submit" className="primary">
          Save name
        </button>
        <p id="analyst-name-status" role="status">
          {problem ?? (setting === null ? '' : describe(setting))}
        </p>
      </form>
    </section>
  );
}
