import { toPng, toSvg } from 'html-to-image';

/**
 * The timeline as the user sees it (axis, lanes, cards, links, cost line) as a PNG at twice screen
 * resolution, or as an SVG that wraps the same rendering. Fonts are the system's own, so nothing
 * is fetched.
 */
export async function timelinePicture(element: HTMLElement, kind: 'png' | 'svg'): Promise<Uint8Array> {
  // The overview strip is a navigation control, not part of the journey.
  const filter = (node: HTMLElement) => !(node.classList?.contains('timeline-overview') ?? false);
  const options = { backgroundColor: '#ffffff', pixelRatio: 2, skipFonts: true, cacheBust: false, filter };
  if (kind === 'png') {
    const dataUrl = await toPng(element, options);
    const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
    return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
  }
  const dataUrl = await toSvg(element, options);
  return new TextEncoder().encode(decodeURIComponent(dataUrl.slice(dataUrl.indexOf(',') + 1)));
}
