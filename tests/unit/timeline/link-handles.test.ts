import { describe, expect, it } from 'vitest';
import { LinkHandles } from '../../../renderer/journey/timeline/link-handles';

describe('link handles', () => {
  it('shows a card its handles while the pointer is over it, and every card while a link is being drawn', () => {
    const handles = new LinkHandles();
    let told = 0;
    const stop = handles.subscribe(() => (told += 1));
    expect(handles.shownOn('a')).toBe(false);
    handles.hover('a');
    expect([handles.shownOn('a'), handles.shownOn('b')]).toEqual([true, false]);
    handles.setLinking(true);
    handles.hover(null);
    expect([handles.shownOn('a'), handles.shownOn('b')]).toEqual([true, true]);
    handles.setLinking(false);
    expect(handles.shownOn('b')).toBe(false);
    expect(told).toBe(4);
    handles.hover(null);
    stop();
    handles.hover('b');
    expect(told).toBe(4);
  });
});
