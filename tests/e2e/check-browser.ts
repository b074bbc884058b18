import { THIS_MACHINE, findBrowser } from './find-browser';

// Run before Playwright, so a machine with no browser gets one line instead of every test failing.
const found = findBrowser(THIS_MACHINE);
if (found.ok) {
  process.stdout.write(`End-to-end tests use ${found.path} (from ${found.from}).\n`);
} else {
  process.stderr.write(`${found.message}\n`);
  process.exitCode = 1;
}
