import { MarkerType, ReactFlow, ViewportPortal, type Connection, type Edge, type NodeMouseHandler, type OnMove, type Viewport } from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { JourneyTotals } from '../../../shared/costing/journey-totals';
import { formatWholePounds } from '../../../shared/costing/money';
import { earliestDay, formatDateAsWritten, formatUkDate, fromDayNumber, toDayNumber, type Agency, type Contact, type LifeEvent, type Link } from '../../../shared/model';
import { DEFAULT_LAYOUT_DIMS, carriedCardsCover, clampPxPerDay, dayToX, financialYearBands, fitScale, laneAt, layoutJourney, prepareJourneyTracks, timelineDaysOf, visibleItems, shiftBetween, xToDay, zoomAround, type TimeScale } from '../../../shared/timeline';
import { LINK_COLOUR, TimelineElements, itemsToRender, linkEnds, type JourneyIndex, type TimelineNode } from './flow-elements';
import { CostLine } from './CostLine';
import { LaneLabels } from './LaneLabels';
import { OverviewStrip } from './OverviewStrip';
import { TimeAxis } from './TimeAxis';
import { NODE_TYPES } from './timeline-nodes';
import { FONTS, MARKER_WIDTH, TextWidths } from './text-widths';
import { LinkObstaclesContext } from './LinkEdge';
import { EDGE_TYPES } from './LinkEdge';
import { LinkHandles, LinkHandlesContext } from './link-handles';
import { useElementSize } from './use-element-size';
import { useStableCallback } from './use-stable-callback';
import { useZoomGesture } from './use-zoom-gesture';

export type CanvasCommand = { kind: 'fit' | 'zoom-in' | 'zoom-out' | PanDirection; seq: number };
type PanDirection = 'pan-left' | 'pan-right' | 'pan-up' | 'pan-down';

/** A quarter of the view across, or a lane's height or so down, per key press. */
function panned(v: Viewport, direction: PanDirection, width: number): Viewport {
  if (direction === 'pan-left') return { ...v, x: v.x + width / 4 };
  if (direction === 'pan-right') return { ...v, x: v.x - width / 4 };
  if (direction === 'pan-up') return { ...v, y: Math.min(0, v.y + 80) };
  return { ...v, y: v.y - 80 };
}

interface TimelineCanvasProps {
  contacts: readonly Contact[];
  links: readonly Link[];
  lifeEvents: readonly LifeEvent[];
  agencies: Agency[];
  selectedContactId: string | null;
  /** Contact id → suggested category, for contacts the rules flag and the analyst has not decided on. */
  suggested?: ReadonlyMap<string, string>;
  command: CanvasCommand | null;
  onSelectContact: (contactId: string | null) => void;
  onSelectLifeEvent: (lifeEventId: string) => void;
  onAddAt: (agencyId: string, ukDate: string) => void;
  onLink: (fromContactId: string, toContactId: string) => void;
  /** Undefined until the journey has been costed (a frame after it is first drawn). */
  totals: JourneyTotals | undefined;
}

const PAD_PX = 48;
/** Fit journey keeps room right of the last date for the text of a card drawn there. */
const RIGHT_PAD_PX = PAD_PX + 120;
/**
 * What React Flow is given is cut to the view in steps of two cards, plus a card either side: a
 * pan within a step hands React Flow the very same nodes, so it has nothing to reconcile.
 */
const CULL_STEP_PX = 2 * DEFAULT_LAYOUT_DIMS.maxCardWidth;
const CULL_MARGIN_PX = DEFAULT_LAYOUT_DIMS.maxCardWidth;
const ZOOM_STEP = 1.6;
const DEFAULT_EDGE_OPTIONS = { markerEnd: { type: MarkerType.ArrowClosed, color: LINK_COLOUR } };
const NO_SUGGESTIONS: ReadonlyMap<string, string> = new Map();
const NOTHING_PLACED: { nodes: TimelineNode[]; edges: Edge[] } = { nodes: [], edges: [] };
const PRO_OPTIONS = { hideAttribution: true };

function carryCards(canvas: HTMLElement | null, factor: number, offsetX: number): void {
  const layer = canvas?.querySelector<HTMLElement>('.react-flow__nodes');
  layer?.style.setProperty('--zoom-factor', String(factor));
  layer?.style.setProperty('--zoom-offset', `${offsetX}px`);
}

/**
 * The journey canvas. x is time and y is the agency lane; React Flow's own zoom stays at 1 so
 * zooming changes the time scale and text stays readable at every level.
 */
export function TimelineCanvas(props: TimelineCanvasProps) {
  const { contacts, links, lifeEvents, agencies, selectedContactId, suggested, command, onSelectContact, onSelectLifeEvent, onAddAt, onLink, totals } = props;
  const canvasRef = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(canvasRef);

  const onAxis = useMemo(() => contacts.map((c) => timelineDaysOf(c)), [contacts]);
  const days = useMemo(() => onAxis.map((p) => p.startDay), [onAxis]);
  // From the first to the last date of any contact or life event (an interval's end included).
  const extent = useMemo(() => {
    let minDay = Infinity;
    let maxDay = -Infinity;
    const ends = onAxis.map((p) => Math.max(p.endDay ?? -Infinity, p.periodEndDay ?? -Infinity));
    for (const day of [...days, ...lifeEvents.map((e) => earliestDay(e.date))]) {
      minDay = Math.min(minDay, day);
      maxDay = Math.max(maxDay, day);
    }
    for (const day of ends) maxDay = Math.max(maxDay, day);
    if (!Number.isFinite(minDay)) {
      const today = toDayNumber(new Date().toISOString().slice(0, 10));
      return { minDay: today - 183, maxDay: today + 183 };
    }
    return { minDay, maxDay };
  }, [onAxis, days, lifeEvents]);
  // Zooming out always reaches the whole journey, however long it is.
  const fitted = useMemo(() => fitScale(extent.minDay, extent.maxDay, Math.max(width, 1), PAD_PX, RIGHT_PAD_PX), [extent, width]);

  // `scale` is the time scale the journey is laid out at; `shown` is what the axis shows, ahead of it during a wheel zoom.
  const [scale, setLaidOutScale] = useState<TimeScale>(() => ({ originDay: extent.minDay, pxPerDay: 4 }));
  const [viewport, setViewport] = useState<Viewport>({ x: PAD_PX, y: 0, zoom: 1 });
  const cullFrom = Math.floor(-viewport.x / CULL_STEP_PX) * CULL_STEP_PX;
  const fromX = cullFrom - CULL_MARGIN_PX;
  const toX = cullFrom + width + CULL_STEP_PX + CULL_MARGIN_PX;
  const carriedCardsCoverView = useStableCallback((shown: TimeScale) => carriedCardsCover(scale, shown, { fromX, toX }, { fromX: -viewport.x, toX: -viewport.x + width }));
  const gesture = useZoomGesture(scale, setLaidOutScale, carriedCardsCoverView);
  const { shown, cancel: cancelGesture } = gesture;
  const setScale = useCallback(
    (next: TimeScale) => {
      cancelGesture();
      setLaidOutScale(next);
    },
    [cancelGesture],
  );
  // The view follows the journey as contacts are added, until the user moves it themselves.
  const [followJourney, setFollowJourney] = useState(true);

  /**
   * False until the canvas has been measured and the journey fitted to it, and until then React
   * Flow is handed no cards. The renders before that (no width yet, then the default scale) are
   * never painted; React Flow mounting their cards only to take them down again was about a
   * quarter of opening a 5,000-contact journey (some 80 ms of 300 ms).
   */
  const [placed, setPlaced] = useState(false);
  const fit = useCallback(() => {
    if (width === 0) return;
    setScale(fitted);
    setViewport({ x: PAD_PX - dayToX(fitted, extent.minDay), y: 0, zoom: 1 });
    setPlaced(true);
  }, [width, extent, fitted, setScale]);

  /**
   * Zooms time around the day under anchorX by moving the time origin, not the view: the day
   * under the anchor keeps its place, so React Flow keeps most of its nodes from one step to the
   * next (a node keeps its id, whether a card or a mark) and the view itself never moves.
   */
  const zoomAt = useCallback(
    (factor: number, anchorX: number) => {
      setFollowJourney(false);
      setScale(zoomAround(shown, factor, anchorX - viewport.x, fitted.pxPerDay));
    },
    [shown, viewport.x, setScale, fitted.pxPerDay],
  );

  // Before paint, so the first frame shows the whole journey rather than a default scale.
  useLayoutEffect(() => {
    if (followJourney) fit();
  }, [followJourney, fit]);

  // Wheel zooming arrives faster than frames are drawn: the steps are gathered and applied once a
  // frame, and shown ahead of the layout (see useZoomGesture).
  const wheelZoom = (factor: number, anchorX: number) => {
    setFollowJourney(false);
    gesture.zoomBy(factor, anchorX - viewport.x);
  };
  const zoomRef = useRef(wheelZoom);
  zoomRef.current = wheelZoom;
  const pendingZoom = useRef<{ factor: number; anchorX: number; frame: number } | null>(null);
  useEffect(() => () => {
    if (pendingZoom.current !== null) cancelAnimationFrame(pendingZoom.current.frame);
  }, []);

  useEffect(() => {
    if (command === null) return;
    const { kind } = command;
    if (kind === 'fit') {
      fit();
      setFollowJourney(true);
    } else if (kind === 'zoom-in' || kind === 'zoom-out') zoomAt(kind === 'zoom-in' ? ZOOM_STEP : 1 / ZOOM_STEP, width / 2);
    else {
      setFollowJourney(false);
      setViewport((v) => panned(v, kind, width));
    }
    // Only a new command (a new seq) should act, not a change of the callbacks it uses.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [command?.seq]);

  // Ctrl/Cmd + wheel (and trackpad pinch) zooms time around the pointer; plain wheel pans.
  useEffect(() => {
    const element = canvasRef.current;
    if (element === null) return;
    const onWheel = (event: WheelEvent) => {
      if (!(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      event.stopPropagation();
      const box = element.getBoundingClientRect();
      const factor = Math.exp(-event.deltaY / 300);
      const anchorX = event.clientX - box.left;
      const pending = pendingZoom.current;
      if (pending !== null) {
        pending.factor *= factor;
        pending.anchorX = anchorX;
        return;
      }
      const frame = requestAnimationFrame(() => {
        const step = pendingZoom.current;
        pendingZoom.current = null;
        if (step !== null) zoomRef.current(step.factor, step.anchorX);
      });
      pendingZoom.current = { factor, anchorX, frame };
    };
    element.addEventListener('wheel', onWheel, { passive: false, capture: true });
    return () => element.removeEventListener('wheel', onWheel, { capture: true });
  }, []);

  // Sorted into lanes once per journey, so a zoom step only places contacts, never re-reads or re-sorts them.
  // Each card is as wide as its text, measured once per journey in the fonts it is drawn with.
  const [textWidths] = useState(() => new TextWidths());
  const tracks = useMemo(
    () =>
      prepareJourneyTracks({
        contacts: contacts.map((c, i) => {
          const marker = c.missedOpportunity !== null ? MARKER_WIDTH.missed : suggested?.has(c.id) ? MARKER_WIDTH.suggested : 0;
          const title = textWidths.width(c.contactType, FONTS.cardTitle) + marker;
          const date = textWidths.width(formatDateAsWritten(c.start), FONTS.cardDate);
          return {
            id: c.id, agencyId: c.agencyId, ...onAxis[i], missedOpportunity: c.missedOpportunity !== null,
            textWidth: Math.max(title, date), labelWidth: textWidths.width(c.contactType, FONTS.markLabel),
          };
        }),
        agencies,
        lifeEvents: lifeEvents.map((e) => ({ id: e.id, day: earliestDay(e.date), textWidth: textWidths.lifeEventWidth(e.kind, formatDateAsWritten(e.date)) })),
      }),
    [contacts, onAxis, agencies, lifeEvents, suggested, textWidths],
  );
  const minLaneHeights = useMemo(() => new Map(agencies.map((a) => [a.id, textWidths.laneNameHeight(a.name)])), [agencies, textWidths]);
  const layout = useMemo(() => layoutJourney(tracks, scale, { availableHeight: height, minLaneHeights }), [tracks, scale, height, minLaneHeights]);
  const index: JourneyIndex = useMemo(
    () => ({
      contactsById: new Map(contacts.map((c) => [c.id, c])),
      agenciesById: new Map(agencies.map((a) => [a.id, a])),
      lifeEventsById: new Map(lifeEvents.map((e) => [e.id, e])),
    }),
    [contacts, agencies, lifeEvents],
  );
  const linkItems = useMemo(() => linkEnds(links, layout), [links, layout]);
  const [elements] = useState(() => new TimelineElements());

  const { nodes, edges, obstacles } = useMemo(() => {
    const labelWidth = (text: string) => textWidths.width(text, FONTS.linkLabel);
    if (!placed) return { ...NOTHING_PLACED, obstacles: { items: [], labelWidth } };
    const inView = itemsToRender(visibleItems(layout, fromX, toX), linkItems);
    return { nodes: elements.nodesFor(inView.items, index, selectedContactId, suggested ?? NO_SUGGESTIONS), edges: elements.edgesFor(inView.edges), obstacles: { items: inView.items, labelWidth } };
  }, [placed, layout, fromX, toX, linkItems, elements, index, selectedContactId, suggested, textWidths]);
  // During a wheel zoom the cards laid out at `scale` are carried to where their dates are at
  // `shown`, before the frame is painted. When the zoom is laid out, the carry is dropped in the
  // same task as React Flow moves its nodes (its own effect runs just before this one), so no
  // frame shows the new places carried again or the old places uncarried.
  useLayoutEffect(() => {
    if (!gesture.active) return;
    const { factor, offsetX } = shiftBetween(scale, shown);
    carryCards(canvasRef.current, factor, offsetX);
  }, [gesture.active, scale, shown]);
  useEffect(() => {
    if (!gesture.active) carryCards(canvasRef.current, 1, 0);
  }, [gesture.active, scale]);
  const bands = useMemo(() => financialYearBands(shown, xToDay(shown, fromX), xToDay(shown, toX)), [shown, fromX, toX]);
  const missedDays = useMemo(() => contacts.filter((c) => c.missedOpportunity !== null).map((c) => earliestDay(c.start)), [contacts]);

  const onNodeClick: NodeMouseHandler<TimelineNode> = useStableCallback((_event, node) => {
    if (node.type === 'contact') onSelectContact(node.id);
    else if (node.type === 'lifeEvent') onSelectLifeEvent(node.id);
    else if (node.type === 'cluster') {
      const { firstDay, lastDay } = node.data;
      setFollowJourney(false);
      const span = Math.max(lastDay - firstDay, 1) * 3;
      const next = { ...shown, pxPerDay: clampPxPerDay((width - 2 * PAD_PX) / span, fitted.pxPerDay) };
      setScale(next);
      setViewport((v) => ({ ...v, x: width / 2 - dayToX(next, (firstDay + lastDay) / 2) }));
    }
  });
  const onPaneClick = useStableCallback(() => onSelectContact(null));
  const [linkHandles] = useState(() => new LinkHandles());
  const onNodeMouseEnter: NodeMouseHandler<TimelineNode> = useCallback((_event, node) => linkHandles.hover(node.type === 'contact' ? node.id : null), [linkHandles]);
  const onNodeMouseLeave = useCallback(() => linkHandles.hover(null), [linkHandles]);
  const onLinkStart = useCallback(() => linkHandles.setLinking(true), [linkHandles]);
  const onLinkEnd = useCallback(() => linkHandles.setLinking(false), [linkHandles]);
  // Programmatic moves arrive without a DOM event; only the user's own pan stops following the journey.
  const onMoveStart: OnMove = useCallback((event) => {
    if (event instanceof Event) setFollowJourney(false);
  }, []);
  const onConnect = useStableCallback((c: Connection) => {
    if (c.source && c.target && index.contactsById.has(c.source) && index.contactsById.has(c.target)) onLink(c.source, c.target);
  });

  const onDoubleClick = (event: MouseEvent<HTMLDivElement>) => {
    if (!(event.target instanceof Element) || !event.target.closest('.react-flow__pane')) return;
    const box = event.currentTarget.getBoundingClientRect();
    const agencyId = laneAt(layout, event.clientY - box.top - viewport.y);
    if (agencyId === null) return;
    const day = Math.floor(xToDay(shown, event.clientX - box.left - viewport.x));
    onAddAt(agencyId, formatUkDate(fromDayNumber(day)));
  };

  const agencyMap = index.agenciesById;
  const viewFromDay = xToDay(shown, -viewport.x);
  const viewToDay = xToDay(shown, -viewport.x + width);
  return (
    <div className="timeline" data-testid="timeline" data-px-per-day={shown.pxPerDay.toFixed(4)}>
      <div className="timeline-corner" />
      <TimeAxis scale={shown} viewportX={viewport.x} width={width} />
      <div className="cost-line-caption">
        Cumulative cost
        <strong>{totals ? formatWholePounds(totals.totalPence) : '…'}</strong>
      </div>
      <div className="cost-line-cell">{totals && <CostLine totals={totals} scale={shown} viewportX={viewport.x} width={width} />}</div>
      <LaneLabels layout={layout} agencies={agencyMap} viewportY={viewport.y} />
      <div
        className={`timeline-canvas${gesture.active ? ' zooming' : ''}`}
        ref={canvasRef}
        onDoubleClick={onDoubleClick}
        tabIndex={0}
        role="region"
        aria-label="Journey timeline: arrow keys pan, plus and minus zoom time, F fits the journey, double-click a lane to add a contact there"
      >
        <LinkHandlesContext.Provider value={linkHandles}>
          <LinkObstaclesContext.Provider value={obstacles}>
          <ReactFlow<TimelineNode>
            nodes={nodes}
            edges={edges}
            nodeTypes={NODE_TYPES}
            edgeTypes={EDGE_TYPES}
            viewport={viewport}
            onViewportChange={setViewport}
            onMoveStart={onMoveStart}
            minZoom={1}
            maxZoom={1}
            zoomOnScroll={false}
            zoomOnPinch={false}
            zoomOnDoubleClick={false}
            panOnScroll
            nodesDraggable={false}
            nodesFocusable
            elementsSelectable
            defaultEdgeOptions={DEFAULT_EDGE_OPTIONS}
            onNodeClick={onNodeClick}
            onPaneClick={onPaneClick}
            onNodeMouseEnter={onNodeMouseEnter}
            onNodeMouseLeave={onNodeMouseLeave}
            onConnectStart={onLinkStart}
            onConnectEnd={onLinkEnd}
            onClickConnectStart={onLinkStart}
            onClickConnectEnd={onLinkEnd}
            onConnect={onConnect}
            proOptions={PRO_OPTIONS}
          >
            <ViewportPortal>
              <div className="timeline-backdrop">
                {bands.map((b, i) => (
                  <div key={b.financialYear} className={`fy-band${i % 2 ? ' odd' : ''}`} style={{ left: b.x, width: b.width, top: 0, height: layout.totalHeight }} />
                ))}
                {layout.lanes.map((lane, i) => (
                  <div key={lane.agencyId} className={`lane-band${i % 2 ? ' odd' : ''}`} style={{ left: fromX, width: toX - fromX, top: lane.y, height: lane.height }} />
                ))}
              </div>
            </ViewportPortal>
          </ReactFlow>
          </LinkObstaclesContext.Provider>
        </LinkHandlesContext.Provider>
      </div>
      <div className="timeline-overview">
        <OverviewStrip
          contactDays={days}
          missedDays={missedDays}
          fromDay={extent.minDay}
          toDay={extent.maxDay}
          viewFromDay={viewFromDay}
          viewToDay={viewToDay}
          onJump={(day) => {
            setFollowJourney(false);
            setViewport((v) => ({ ...v, x: width / 2 - dayToX(shown, day) }));
          }}
        />
      </div>
    </div>
  );
}
