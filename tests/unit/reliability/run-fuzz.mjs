// npm run test:fuzz: the hostile-input and hostile-return properties at 2,000 runs each.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['vitest', 'run', 'tests/unit/reliability'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: '2000' },
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
