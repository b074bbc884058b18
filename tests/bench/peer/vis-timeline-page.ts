import { DataSet } from 'vis-data/peer';
import { Timeline, type TimelineOptions } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.css';

/**
 * The timeline benchmark's peer, never part of the app: vis-timeline drawing the same contacts
 * in the same lanes, in a box the size and place of the app's timeline canvas. Like the app, it
 * draws every item at its date and stacks items that would overlap (its own `stack: true`), with
 * no clustering: neither side moves an item off its date to save work.
 */
export interface PeerJourney {
  groups: Array<{ id: string; content: string }>;
  items: Array<{ id: string; group: string; start: string; content: string }>;
  box: { left: number; top: number; width: number; height: number };
}

declare global {
  interface Window {
    /** Resolves with milliseconds from the call to the first painted frame after vis-timeline's 'changed' event. */
    showPeerTimeline: (journey: PeerJourney) => Promise<number>;
    /** The timeline once shown, for the benchmark to set the same window of time as the app's. */
    peerTimeline?: Timeline;
    /** Shows the whole journey, as the app's Fit journey does (vis-timeline's own fit() can open out to centuries). */
    peerFit?: () => void;
  }
}

const container = document.getElementById('timeline') as HTMLDivElement;

window.showPeerTimeline = (journey) =>
  new Promise<number>((resolve) => {
    const started = performance.now();
    Object.assign(container.style, {
      left: `${journey.box.left}px`,
      top: `${journey.box.top}px`,
      width: `${journey.box.width}px`,
      height: `${journey.box.height}px`,
    });
    const days = journey.items.map((i) => Date.parse(i.start));
    const options: TimelineOptions = {
      height: `${journey.box.height}px`,
      start: Math.min(...days),
      end: Math.max(...days) + 86_400_000,
      stack: true,
      zoomKey: 'ctrlKey',
      horizontalScroll: true,
      selectable: true,
      editable: false,
    };
    const timeline = new Timeline(
      container,
      new DataSet(journey.items),
      new DataSet(journey.groups),
      options,
    );
    window.peerTimeline = timeline;
    window.peerFit = () =>
      timeline.setWindow(options.start as number, options.end as number, { animation: false });
    // vis-timeline keeps its root hidden until its own 'rangechanged' (a 200 ms debounce after the
    // first window is set) and a redraw after it. That wait is not drawing work, so the timing
    // stops at the first drawn frame; this redraw then shows the timeline for the pan and zoom.
    const reveal = () => {
      timeline.off('rangechanged', reveal);
      timeline.redraw();
    };
    timeline.on('rangechanged', reveal);
    const changed = () => {
      timeline.off('changed', changed);
      requestAnimationFrame(() => {
        container.dataset.peerState = 'ready';
        resolve(performance.now() - started);
      });
    };
    timeline.on('changed', changed);
  });
