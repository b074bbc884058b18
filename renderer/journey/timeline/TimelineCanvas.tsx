import {
  MarkerType,
  ReactFlow,
  ViewportPortal,
  type Connection,
  type Edge,
  type NodeMouseHandler,
  type OnMove,
  type Viewport,
} from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { JourneyTotals } from '../../../shared/costing/journey-totals';
import { formatWholePounds } from '../../../shared/costing/money';
import {
  formatUkDate,
  fromDayNumber,
  toDayNumber,
  type Agency,
  type Contact,
  type LifeEvent,
  type Link,
  earliestDay,
  formatDateAsWritten,
} from '../../../shared/model';
import {
  DEFAULT_LAYOUT_DIMS,
  carriedCardsCover,
  dayToX,
  financialYearBands,
  laneAt,
  layoutJourney,
  obstacleOf,
  prepareJourneyTracks,
  visibleItems,
  shiftBetween,
  xToDay,
  type PanDirection,
  type TimeScale,
  type TimelineItem,
  timelineDaysOf,
} from '../../../shared/timeline';
import {
  LINK_COLOUR,
  TimelineElements,
  itemsToRender,
  linkEnds,
  shareItems,
  type JourneyIndex,
  type TimelineNode,
} from './flow-elements';
import { MarkLayer } from './MarkLayer';
import { CostLine } from './CostLine';
import { OutcomeLineCells } from './OutcomeLine';
import type { OutcomeLine } from '../../../shared/outcomes/outcome-lines';
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
import { useTimelineCamera } from './use-timeline-camera';
import { useZoomGesture } from './use-zoom-gesture';
import { TimelineKeyboardLayer } from './TimelineKeyboardLayer';
import { useTimelineKeyboard } from './use-timeline-keyboard';

export type CanvasCommand = { kind: 'fit' | 'zoom-in' | 'zoom-out' | PanDirection; seq: number };

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
  /** Delete pressed on the contact focused by keyboard. */
  onDeleteContact: (contactId: string) => void;
  /** Undefined until the journey has been costed (a frame after it is first drawn). */
  totals: JourneyTotals | undefined;
  /** Outcome scores drawn in a lane under the cumulative cost; none, no lane. */
  outcomes: readonly OutcomeLine[];
}

/**
 * What React Flow is given is cut to the view in steps of two cards, plus a card either side: a
 * pan within a step hands React Flow the very same nodes, so it has nothing to reconcile.
 */
const CULL_STEP_PX = 2 * DEFAULT_LAYOUT_DIMS.maxCardWidth;
const CULL_MARGIN_PX = DEFAULT_LAYOUT_DIMS.maxCardWidth;
const DEFAULT_EDGE_OPTIONS = { markerEnd: { type: MarkerType.ArrowClosed, color: LINK_COLOUR } };
const NO_SUGGESTIONS: ReadonlyMap<string, string> = new Map();
const NOTHING_PLACED: { nodes: TimelineNode[]; edges: Edge[]; markItems: TimelineItem[] } = {
  nodes: [],
  edges: [],
  markItems: [],
};
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
  const {
    contacts,
    links,
    lifeEvents,
    agencies,
    selectedContactId,
    suggested,
    command,
    onSelectContact,
    onSelectLifeEvent,
    onAddAt,
    onLink,
    onDeleteContact,
    totals,
    outcomes,
  } = props;
  const canvasRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(canvasRef);
  const { width, height } = size;

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
  const layerDays = useMemo(
    () => ({ firstDay: extent.minDay, days: Math.max(extent.maxDay - extent.minDay, 1) }),
    [extent],
  );
  const wheelZoom = (factor: number, anchorX: number) => {
    camera.stopFollowing();
    gesture.zoomBy(factor, anchorX - viewport.x);
  };
  const { camera, view } = useTimelineCamera(canvasRef, size, extent, wheelZoom);
  // Until the camera is placed (the canvas measured and the journey fitted) React Flow is handed
  // no cards: the renders before are never painted, and mounting their cards only to take them
  // down again made opening a journey slower.
  const { scale, placed } = view;
  const viewport: Viewport = useMemo(() => ({ x: view.x, y: view.y, zoom: 1 }), [view.x, view.y]);
  const cullFrom = Math.floor(-viewport.x / CULL_STEP_PX) * CULL_STEP_PX;
  const fromX = cullFrom - CULL_MARGIN_PX;
  const toX = cullFrom + width + CULL_STEP_PX + CULL_MARGIN_PX;
  const carriedCardsCoverView = useStableCallback((shown: TimeScale) =>
    carriedCardsCover(scale, shown, { fromX, toX }, { fromX: -viewport.x, toX: -viewport.x + width }),
  );
  const commitScale = useCallback((next: TimeScale) => camera.setScale(next), [camera]);
  // `scale` is the time scale the journey is laid out at; `shown` is what the axis shows, ahead of it during a wheel zoom.
  const gesture = useZoomGesture(scale, commitScale, carriedCardsCoverView);
  const { shown } = gesture;

  useEffect(() => {
    if (command === null) return;
    const { kind } = command;
    // A fit, a zoom step or a span opened replaces any wheel zoom still being shown.
    if (kind === 'fit') {
      gesture.cancel();
      camera.fit();
    } else if (kind === 'zoom-in' || kind === 'zoom-out') {
      gesture.cancel();
      camera.zoomStep(kind === 'zoom-in' ? 'in' : 'out', shown, keyboard.zoomAnchorX ?? width / 2);
    } else camera.pan(kind);
    // Only a new command (a new seq) should act, not a change of the callbacks it uses.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [command?.seq]);

  // Sorted into lanes once per journey, so a zoom step only places contacts, never re-reads or re-sorts them.
  // Each card is as wide as its text, measured once per journey in the fonts it is drawn with.
  const [textWidths] = useState(() => new TextWidths());
  const tracks = useMemo(
    () =>
      prepareJourneyTracks({
        contacts: contacts.map((c, i) => {
          const marker =
            c.missedOpportunity !== null
              ? MARKER_WIDTH.missed
              : suggested?.has(c.id)
                ? MARKER_WIDTH.suggested
                : 0;
          const title = textWidths.width(c.contactType, FONTS.cardTitle) + marker;
          const date = textWidths.width(formatDateAsWritten(c.start), FONTS.cardDate);
          return {
            id: c.id,
            agencyId: c.agencyId,
            ...onAxis[i],
            missedOpportunity: c.missedOpportunity !== null,
            textWidth: Math.max(title, date),
            labelWidth: textWidths.width(c.contactType, FONTS.markLabel),
          };
        }),
        agencies,
        lifeEvents: lifeEvents.map((e) => ({
          id: e.id,
          day: earliestDay(e.date),
          textWidth: textWidths.lifeEventWidth(e.kind, formatDateAsWritten(e.date)),
        })),
      }),
    [contacts, onAxis, agencies, lifeEvents, suggested, textWidths],
  );
  const minLaneHeights = useMemo(
    () => new Map(agencies.map((a) => [a.id, textWidths.laneNameHeight(a.name)])),
    [agencies, textWidths],
  );
  const layout = useMemo(
    () => layoutJourney(tracks, scale, { availableHeight: height, minLaneHeights }),
    [tracks, scale, height, minLaneHeights],
  );
  const index: JourneyIndex = useMemo(
    () => ({
      contactsById: new Map(contacts.map((c) => [c.id, c])),
      agenciesById: new Map(agencies.map((a) => [a.id, a])),
      lifeEventsById: new Map(lifeEvents.map((e) => [e.id, e])),
    }),
    [contacts, agencies, lifeEvents],
  );
  const { fromDay: viewFromDay, toDay: viewToDay } = camera.viewDays(shown);
  const keyboard = useTimelineKeyboard({
    tracks,
    layout,
    viewport,
    width,
    height,
    contactsById: index.contactsById,
    agenciesById: index.agenciesById,
    costs: totals?.contactCosts,
    suggested: suggested ?? NO_SUGGESTIONS,
    selectedContactId,
    view: {
      fromDay: viewFromDay,
      toDay: viewToDay,
      journeyFromDay: extent.minDay,
      journeyToDay: extent.maxDay,
      drawn: placed,
    },
    onOpen: onSelectContact,
    onDelete: onDeleteContact,
    onFollow: (next) => camera.moveTo(next.x, next.y, true),
  });
  const linkItems = useMemo(() => linkEnds(links, layout), [links, layout]);
  const [elements] = useState(() => new TimelineElements());

  const { nodes, edges, markItems, obstacles } = useMemo(() => {
    const labelWidth = (text: string) => textWidths.width(text, FONTS.linkLabel);
    if (!placed) return { ...NOTHING_PLACED, obstacles: { rects: [], labelWidth } };
    const inView = itemsToRender(visibleItems(layout, fromX, toX), linkItems);
    const { flowItems, markItems: marks } = shareItems(inView.items, inView.edges);
    return {
      nodes: elements.nodesFor(flowItems, index, selectedContactId, suggested ?? NO_SUGGESTIONS),
      edges: elements.edgesFor(inView.edges),
      markItems: marks,
      obstacles: {
        rects: inView.items.map((item) => obstacleOf(item, DEFAULT_LAYOUT_DIMS.labelGap)),
        labelWidth,
      },
    };
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
  // The backdrop reaches a view's width beyond both ends of the journey, so that a pan within it
  // changes none of its bands: a band that changed with each step of the culling made the whole
  // moving layer paint again.
  const backdrop = useMemo(() => {
    const from = Math.min(fromX, dayToX(shown, extent.minDay) - width);
    const to = Math.max(toX, dayToX(shown, extent.maxDay) + width);
    return { fromX: from, toX: to, bands: financialYearBands(shown, xToDay(shown, from), xToDay(shown, to)) };
  }, [shown, extent, width, fromX, toX]);
  const missedDays = useMemo(
    () => contacts.filter((c) => c.missedOpportunity !== null).map((c) => earliestDay(c.start)),
    [contacts],
  );

  const openSpan = useStableCallback((firstDay: number, lastDay: number) => {
    gesture.cancel();
    camera.showSpan(firstDay, lastDay, shown);
  });
  const onNodeClick: NodeMouseHandler<TimelineNode> = useStableCallback((_event, node) => {
    if (node.type === 'contact') onSelectContact(node.id);
    else if (node.type === 'lifeEvent') onSelectLifeEvent(node.id);
    else if (node.type === 'cluster') openSpan(node.data.firstDay, node.data.lastDay);
  });
  const onSelectMarkedContact = useStableCallback((contactId: string) => onSelectContact(contactId));
  const onSelectMarkedLifeEvent = useStableCallback((lifeEventId: string) => onSelectLifeEvent(lifeEventId));
  const onPaneClick = useStableCallback(() => onSelectContact(null));
  const [linkHandles] = useState(() => new LinkHandles());
  const onNodeMouseEnter: NodeMouseHandler<TimelineNode> = useCallback(
    (_event, node) => linkHandles.hover(node.type === 'contact' ? node.id : null),
    [linkHandles],
  );
  const onNodeMouseLeave = useCallback(() => linkHandles.hover(null), [linkHandles]);
  const onLinkStart = useCallback(() => linkHandles.setLinking(true), [linkHandles]);
  const onLinkEnd = useCallback(() => linkHandles.setLinking(false), [linkHandles]);
  // Programmatic moves arrive without a DOM event; only the user's own pan stops following the journey.
  const onMoveStart: OnMove = useCallback(
    (event) => {
      if (event instanceof Event) camera.stopFollowing();
    },
    [camera],
  );
  const onViewportChange = useCallback((next: Viewport) => camera.moveTo(next.x, next.y, false), [camera]);
  const onConnect = useStableCallback((c: Connection) => {
    if (c.source && c.target && index.contactsById.has(c.source) && index.contactsById.has(c.target))
      onLink(c.source, c.target);
  });

  const onDoubleClick = (event: MouseEvent<HTMLDivElement>) => {
    if (
      !(event.target instanceof Element) ||
      !event.target.closest('.react-flow__pane') ||
      event.target.closest('[data-mark-id]')
    )
      return;
    const box = event.currentTarget.getBoundingClientRect();
    const agencyId = laneAt(layout, event.clientY - box.top - viewport.y);
    if (agencyId === null) return;
    const day = Math.floor(xToDay(shown, event.clientX - box.left - viewport.x));
    onAddAt(agencyId, formatUkDate(fromDayNumber(day)));
  };

  const agencyMap = index.agenciesById;
  return (
    <div
      className={`timeline${outcomes.length > 0 ? ' has-outcomes' : ''}`}
      data-testid="timeline"
      data-px-per-day={shown.pxPerDay.toFixed(4)}
    >
      <div className="timeline-corner" />
      <TimeAxis scale={shown} viewportX={viewport.x} width={width} />
      <div className="cost-line-caption">
        Cumulative cost
        <strong>{totals ? formatWholePounds(totals.totalPence) : '…'}</strong>
      </div>
      <div className="cost-line-cell">
        {totals && <CostLine totals={totals} scale={shown} viewportX={viewport.x} width={width} />}
      </div>
      {outcomes.length > 0 && (
        <OutcomeLineCells lines={outcomes} scale={shown} viewportX={viewport.x} width={width} />
      )}
      <LaneLabels layout={layout} agencies={agencyMap} viewportY={viewport.y} />
      <div
        className={`timeline-canvas${gesture.active ? ' zooming' : ''}`}
        ref={canvasRef}
        onDoubleClick={onDoubleClick}
        role="application"
        aria-roledescription="timeline"
        aria-label="Journey timeline"
        {...keyboard.focusTarget}
      >
        <LinkHandlesContext.Provider value={linkHandles}>
          <LinkObstaclesContext.Provider value={obstacles}>
            <ReactFlow<TimelineNode>
              nodes={nodes}
              edges={edges}
              nodeTypes={NODE_TYPES}
              edgeTypes={EDGE_TYPES}
              viewport={viewport}
              onViewportChange={onViewportChange}
              onMoveStart={onMoveStart}
              minZoom={1}
              maxZoom={1}
              zoomOnScroll={false}
              zoomOnPinch={false}
              zoomOnDoubleClick={false}
              panOnScroll
              nodesDraggable={false}
              nodesFocusable={false}
              edgesFocusable={false}
              disableKeyboardA11y
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
                  {backdrop.bands.map((b, i) => (
                    <div
                      key={b.financialYear}
                      className={`fy-band${i % 2 ? ' odd' : ''}`}
                      style={{ left: b.x, width: b.width, top: 0, height: layout.totalHeight }}
                    />
                  ))}
                  {layout.lanes.map((lane, i) => (
                    <div
                      key={lane.agencyId}
                      className={`lane-band${i % 2 ? ' odd' : ''}`}
                      style={{
                        left: backdrop.fromX,
                        width: backdrop.toX - backdrop.fromX,
                        top: lane.y,
                        height: lane.height,
                      }}
                    />
                  ))}
                </div>
                <MarkLayer
                  items={markItems}
                  scale={shown}
                  layer={layerDays}
                  index={index}
                  selectedContactId={selectedContactId}
                  suggested={suggested ?? NO_SUGGESTIONS}
                  onSelectContact={onSelectMarkedContact}
                  onSelectLifeEvent={onSelectMarkedLifeEvent}
                  onOpenSpan={openSpan}
                />
              </ViewportPortal>
            </ReactFlow>
          </LinkObstaclesContext.Provider>
        </LinkHandlesContext.Provider>
        <TimelineKeyboardLayer
          ring={keyboard.ring}
          announcement={keyboard.announcement}
          helpId={keyboard.helpId}
        />
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
            camera.centreOn(day, shown);
          }}
        />
      </div>
    </div>
  );
}
