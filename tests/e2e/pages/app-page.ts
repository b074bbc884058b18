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

  undoButton(): Locator {
    return this.page.getByRole('navigation', { name: 'History' }).getByRole('button', { name: 'Undo' });
  }

  redoButton(): Locator {
    return this.page.getByRole('navigation', { name: 'History' }).getByRole('button', { name: 'Redo' });
  }
}
