import { expect, type Locator, type Page } from '@playwright/test';

export interface ContactEntry {
  date: string;
  agency: string;
  type: string;
}

/** The journey view: the timeline canvas and its side panel. */
export class JourneyPage {
  constructor(readonly page: Page) {}

  panel(): Locator {
    return this.page.getByRole('complementary', { name: 'Details' });
  }

  /** A contact as drawn: a card (or a linked mark) in React Flow, or a mark in the mark layer. */
  contactNode(labelStart: string): Locator {
    return this.page.locator(
      `.react-flow__node-contact[aria-label^="${labelStart}"], .mark-layer [data-contact-id][aria-label^="${labelStart}"]`,
    );
  }

  contactNodes(): Locator {
    return this.page.locator('.react-flow__node-contact, .mark-layer [data-contact-id]');
  }

  edges(): Locator {
    return this.page.locator('.react-flow__edge');
  }

  /** The keyboard route: N opens the form, Enter adds, the form stays for the next contact. */
  async addContactsWithForm(entries: ContactEntry[]): Promise<void> {
    await this.page.getByRole('button', { name: 'Add contact' }).click();
    const form = this.panel();
    for (const entry of entries) {
      await form.getByLabel('Date (dd/mm/yyyy)').fill(entry.date);
      await form.getByLabel('Agency').selectOption({ label: entry.agency });
      await form.getByLabel('Contact type').fill(entry.type);
      await form.getByLabel('Contact type').press('Enter');
      await expect(this.contactNode(entry.type)).toHaveCount(1);
    }
    await form.getByRole('button', { name: 'Close add contact' }).click();
  }

  /** The pointer route: double-click a lane where the contact happened. */
  async addContactByDoubleClick(agency: string, xFraction: number, type: string): Promise<void> {
    await this.doubleClickLane(agency, xFraction);
    const form = this.panel();
    await expect(form.getByLabel('Agency')).toHaveValue(await this.agencyOptionValue(agency));
    await form.getByLabel('Contact type').fill(type);
    await form.getByRole('button', { name: 'Add contact', exact: true }).click();
    await expect(this.contactNode(type)).toHaveCount(1);
    await form.getByRole('button', { name: 'Close add contact' }).click();
  }

  /** Double-clicks the lane of `agency`, `xFraction` of the way across the canvas. */
  async doubleClickLane(agency: string, xFraction: number): Promise<void> {
    const label = this.page.locator('.lane-label', { hasText: agency });
    const labelBox = await label.boundingBox();
    const canvasBox = await this.page.locator('.timeline-canvas').boundingBox();
    if (labelBox === null || canvasBox === null) throw new Error(`lane ${agency} is not on screen`);
    await this.page.mouse.dblclick(
      canvasBox.x + canvasBox.width * xFraction,
      labelBox.y + labelBox.height - 6,
    );
  }

  /**
   * Ctrl + wheel, three long notches in, with the pointer on `day` at height `y`. The journey must
   * be fitted: it then starts 48 px into the canvas, on `firstDay` (both yyyy-mm-dd).
   */
  async wheelZoomInOn(day: string, firstDay: string, y: number): Promise<void> {
    const scale = Number(await this.page.getByTestId('timeline').getAttribute('data-px-per-day'));
    const canvas = await this.page.locator('.timeline-canvas').boundingBox();
    if (canvas === null) throw new Error('the timeline is not on screen');
    const daysIn = (Date.parse(day) - Date.parse(firstDay)) / 86_400_000;
    await this.page.mouse.move(canvas.x + 48 + daysIn * scale, y);
    await this.page.keyboard.down('Control');
    for (let notch = 0; notch < 3; notch += 1) await this.page.mouse.wheel(0, -600);
    await this.page.keyboard.up('Control');
  }

  /** What is used less often sits under the toolbar's More menu. */
  async moreAction(name: string): Promise<void> {
    await this.page.getByRole('toolbar', { name: 'Journey' }).locator('summary', { hasText: 'More' }).click();
    await this.page.getByRole('menuitem', { name }).click();
  }

  /** Draws a link as an analyst does: from the dot on one card's right edge to the dot on the other's left. */
  async drawLink(fromLabel: string, toLabel: string): Promise<void> {
    const from = this.contactNode(fromLabel);
    const to = this.contactNode(toLabel);
    await from.hover();
    const handle = from.locator('.react-flow__handle.source');
    await expect(handle).toBeVisible();
    const start = await handle.boundingBox();
    const end = await to.boundingBox();
    if (start === null || end === null) throw new Error('the cards are not on screen');
    // A dot sits on the card's edge; its inner half is on the card.
    await this.page.mouse.move(start.x + 2, start.y + start.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(end.x + 20, end.y + end.height / 2, { steps: 8 });
    // While a link is drawn every card shows the dot to drop it on.
    const target = await to.locator('.react-flow__handle.target').boundingBox();
    if (target === null) throw new Error('the card shows no dot to drop a link on');
    await this.page.mouse.move(target.x + target.width - 2, target.y + target.height / 2, { steps: 2 });
    await this.page.mouse.up();
  }

  async select(labelStart: string): Promise<void> {
    await this.contactNode(labelStart).click();
    await expect(this.panel().getByRole('heading', { name: 'Contact' })).toBeVisible();
  }

  private async agencyOptionValue(agency: string): Promise<string> {
    return this.panel()
      .getByLabel('Agency')
      .locator('option', { hasText: agency })
      .first()
      .getAttribute('value')
      .then((v) => v ?? '');
  }
}
