import { expect, type Locator, type Page } from '@playwright/test';

/** The app as a user sees it: waits on the ready marker, never on a timer. */
export class AppPage {
  constructor(readonly page: Page) {}

  /** In the desktop app the window has already loaded the app; in a browser the test navigates to it. */
  async open(path = '/'): Promise<void> {
    if (!this.page.url().startsWith('app://')) await this.page.goto(path);
    await this.ready();
  }

  async ready(): Promise<void> {
    await expect(this.page.locator('[data-app-state="ready"]')).toBeVisible();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.ready();
  }

  /** Creates a case from the case list, as a user does, with a designated lead if one is given. */
  async createCase(pseudonym: string, designatedLead?: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New case' }).click();
    await this.page.getByLabel('Pseudonym').fill(pseudonym);
    if (designatedLead !== undefined) await this.page.getByLabel('Designated lead').fill(designatedLead);
    await this.page.getByRole('button', { name: 'Create case' }).click();
    // The new case's journey must be on screen before a test types a shortcut such as N.
    await expect(this.page.getByRole('heading', { level: 1, name: pseudonym, exact: true })).toBeVisible();
  }

  undoButton(): Locator {
    return this.page.getByRole('navigation', { name: 'History' }).getByRole('button', { name: 'Undo' });
  }

  redoButton(): Locator {
    return this.page.getByRole('navigation', { name: 'History' }).getByRole('button', { name: 'Redo' });
  }
}
