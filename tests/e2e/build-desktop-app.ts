import { execSync } from 'node:child_process';

export default function buildDesktopApp(): void {
  execSync('npm run build', { stdio: 'inherit' });
}
