import { clampPxPerDay, dayToX, fitScale, xToDay, zoomAround, type TimeScale } from './time-scale';

/**
 * Where the timeline looks: the time scale (px a day and the day at flow x 0) and the view's
 * offset (screen x = flow x + x; y scrolls the lanes, never below 0). React Flow's own zoom stays
 * at 1, so zooming changes the time scale and text keeps its size.
 */
export interface CameraView {
  scale: TimeScale;
  x: number;
  y: number;
  /** True while the view follows the journey (fitted, and fitted again as it grows), until the user moves it. */
  following: boolean;
  /** False until the canvas has a size and the journey has been fitted to it once. */
  placed: boolean;
}

export interface CameraOptions {
  /** Room left of the first date when fitted. */
  padLeftPx: number;
  /** Room right of the last date when fitted (the last card's text is drawn there). */
  padRightPx: number;
  /** A toolbar or keyboard zoom step. */
  zoomStep: number;
  /** A wheel delta of this many px zooms by a factor of e. */
  wheelPxPerE: number;
  /** A keyboard pan moves this share of the view across... */
  panAcross: number;
  /** ...or this many px down or up (about a lane). */
  panDownPx: number;
}

export const DEFAULT_CAMERA_OPTIONS: CameraOptions = {
  padLeftPx: 48,
  padRightPx: 168,
  zoomStep: 1.6,
  wheelPxPerE: 300,
  panAcross: 0.25,
  panDownPx: 80,
};

export type PanDirection = 'pan-left' | 'pan-right' | 'pan-up' | 'pan-down';

/** A wheel zoom gathered over one frame: the product of its notches, about the last pointer x (canvas px). */
export interface WheelStep {
  factor: number;
  anchorX: number;
}

/**
 * The timeline's camera, framework-free (as xyflow's XYPanZoom is): it holds the view and the
 * rules for moving it (fit, zoom about a point within limits that always reach the whole journey,
 * pan, keyboard steps, wheel notches gathered per frame) and tells its listeners when the view
 * changes. The renderer wraps it in a hook and draws what it says.
 */
export class TimelineCamera {
  private view: CameraView;
  private width = 0;
  private height = 0;
  private journey = { minDay: 0, maxDay: 1 };
  private wheelStep: WheelStep | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: CameraOptions = DEFAULT_CAMERA_OPTIONS) {
    this.view = {
      scale: { originDay: 0, pxPerDay: 4 },
      x: options.padLeftPx,
      y: 0,
      following: true,
      placed: false,
    };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** The current view; a new object whenever it changes, so it can be compared by identity. */
  readonly snapshot = (): CameraView => this.view;

  get size(): { width: number; height: number } {
    return { width: this.width, height: this.height };
  }

  /** The scale that shows the whole journey across the canvas; zooming out never goes further than the wider of it and the fixed limit. */
  fitted(): TimeScale {
    return fitScale(
      this.journey.minDay,
      this.journey.maxDay,
      Math.max(this.width, 1),
      this.options.padLeftPx,
      this.options.padRightPx,
    );
  }

  /** The canvas was measured. A view that follows the journey is fitted to the new size. */
  setSize(width: number, height: number): void {
    if (width === this.width && height === this.height) return;
    this.width = width;
    this.height = height;
    if (this.view.following) this.fit();
  }

  /** The journey's first and last day (of any contact or life event). A view that follows it is fitted again. */
  setJourney(minDay: number, maxDay: number): void {
    if (minDay === this.journey.minDay && maxDay === this.journey.maxDay) return;
    this.journey = { minDay, maxDay };
    if (this.view.following) this.fit();
  }

  /** The whole journey in view, with room either side, from the top lane; the view follows the journey from now on. */
  fit(): void {
    if (this.width === 0) {
      this.update({ following: true });
      return;
    }
    const scale = this.fitted();
    this.update({
      scale,
      x: this.options.padLeftPx - dayToX(scale, this.journey.minDay),
      y: 0,
      following: true,
      placed: true,
    });
  }

  /**
   * Zooms time by `factor` about the day at canvas x `anchorX`, which keeps its place on screen.
   * `from` is the scale shown now, when a wheel gesture shows one ahead of the laid-out scale.
   */
  zoomAt(factor: number, anchorX: number, from: TimeScale = this.view.scale): void {
    this.update({ scale: this.zoomedScale(factor, anchorX, from), following: false });
  }

  /** The scale a zoom by `factor` about canvas x `anchorX` would show, without moving the camera. */
  zoomedScale(factor: number, anchorX: number, from: TimeScale = this.view.scale): TimeScale {
    return zoomAround(from, factor, anchorX - this.view.x, this.fitted().pxPerDay);
  }

  /**
   * One toolbar or keyboard zoom step in or out, about the middle of the view or, while a contact
   * has the keyboard focus, about that contact (`anchorX`, canvas x).
   */
  zoomStep(
    direction: 'in' | 'out',
    from: TimeScale = this.view.scale,
    anchorX: number = this.width / 2,
  ): void {
    this.zoomAt(direction === 'in' ? this.options.zoomStep : 1 / this.options.zoomStep, anchorX, from);
  }

  /** The user has taken the view (a wheel zoom begun): it no longer follows the journey. */
  stopFollowing(): void {
    if (this.view.following) this.update({ following: false });
  }

  /** Lays out at this scale (a wheel gesture that has come to rest). */
  setScale(scale: TimeScale): void {
    this.update({ scale });
  }

  /** The view dragged or scrolled to (x, y); `byUser` stops it following the journey. */
  moveTo(x: number, y: number, byUser: boolean): void {
    if (x === this.view.x && y === this.view.y && !(byUser && this.view.following)) return;
    this.update({ x, y, following: byUser ? false : this.view.following });
  }

  /** A keyboard pan: a quarter of the view across, or about a lane down or up (never above the top lane). */
  pan(direction: PanDirection): void {
    const { x, y } = this.view;
    const across = this.width * this.options.panAcross;
    if (direction === 'pan-left') this.moveTo(x + across, y, true);
    else if (direction === 'pan-right') this.moveTo(x - across, y, true);
    else if (direction === 'pan-up') this.moveTo(x, Math.min(0, y + this.options.panDownPx), true);
    else this.moveTo(x, y - this.options.panDownPx, true);
  }

  /** Puts `day` in the middle of the view at scale `at` (the scale shown). */
  centreOn(day: number, at: TimeScale = this.view.scale): void {
    this.moveTo(this.width / 2 - dayToX(at, day), this.view.y, true);
  }

  /** Zooms so that firstDay..lastDay take a third of the view, centred (an "n contacts" span opened). */
  showSpan(firstDay: number, lastDay: number, from: TimeScale = this.view.scale): void {
    const span = Math.max(lastDay - firstDay, 1) * 3;
    const scale = {
      ...from,
      pxPerDay: clampPxPerDay((this.width - 2 * this.options.padLeftPx) / span, this.fitted().pxPerDay),
    };
    this.update({ scale, x: this.width / 2 - dayToX(scale, (firstDay + lastDay) / 2), following: false });
  }

  /** The days at the view's two edges, at scale `at`. */
  viewDays(at: TimeScale = this.view.scale): { fromDay: number; toDay: number } {
    return { fromDay: xToDay(at, -this.view.x), toDay: xToDay(at, -this.view.x + this.width) };
  }

  /**
   * One wheel notch (deltaY in px, up zooms in) at canvas x `anchorX`. Notches come faster than
   * frames are drawn, so they are multiplied together until takeWheel; true for the first notch
   * of a frame, when the caller asks for a frame.
   */
  wheel(deltaY: number, anchorX: number): boolean {
    const factor = Math.exp(-deltaY / this.options.wheelPxPerE);
    if (this.wheelStep !== null) {
      this.wheelStep = { factor: this.wheelStep.factor * factor, anchorX };
      return false;
    }
    this.wheelStep = { factor, anchorX };
    return true;
  }

  /** The notches gathered since the last frame, once; null when there are none. */
  takeWheel(): WheelStep | null {
    const step = this.wheelStep;
    this.wheelStep = null;
    return step;
  }

  private update(change: Partial<CameraView>): void {
    this.view = { ...this.view, ...change };
    for (const listener of [...this.listeners]) listener();
  }
}
