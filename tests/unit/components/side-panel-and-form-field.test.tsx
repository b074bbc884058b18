import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { describedBy, FormField } from '../../../renderer/components/FormField';
import { SidePanel } from '../../../renderer/components/SidePanel';

const attribute = (html: string, element: string, name: string) =>
  new RegExp(`<${element}[^>]* ${name}="([^"]*)"`).exec(html)?.[1];

describe('SidePanel', () => {
  it('is a region named by its heading, with a close button named for a screen reader', () => {
    const html = renderToStaticMarkup(
      <SidePanel title="Lanes" closeLabel="Close lanes" onClose={() => undefined} className="lanes">
        <p>body</p>
      </SidePanel>,
    );
    const labelledBy = attribute(html, 'section', 'aria-labelledby');
    expect(labelledBy).toBeTruthy();
    expect(attribute(html, 'h2', 'id')).toBe(labelledBy);
    expect(html).toContain('>Lanes</h2>');
    expect(attribute(html, 'section', 'class')).toBe('side-panel-section lanes');
    expect(attribute(html, 'button', 'aria-label')).toBe('Close lanes');
    expect(html).toContain('<p>body</p>');
  });
});

describe('FormField', () => {
  it('labels its input, and shows the hint and the error under ids the input is described by', () => {
    const html = renderToStaticMarkup(
      <FormField inputId="dob" label="Date of birth" hint="dd/mm/yyyy" error="not a real date">
        <input {...describedBy('dob', { hint: true, error: 'not a real date' })} />
      </FormField>,
    );
    expect(attribute(html, 'label', 'for')).toBe('dob');
    expect(attribute(html, 'span', 'id')).toBe('dob-hint');
    expect(attribute(html, 'p', 'id')).toBe('dob-error');
    expect(attribute(html, 'p', 'role')).toBe('alert');
    expect(attribute(html, 'input', 'aria-describedby')).toBe('dob-hint dob-error');
    expect(attribute(html, 'input', 'aria-invalid')).toBe('true');
  });

  it('shows no hint or error it was not given, and the input is described by neither', () => {
    const html = renderToStaticMarkup(
      <FormField inputId="notes" label="Notes">
        <input {...describedBy('notes', {})} />
      </FormField>,
    );
    expect(html).not.toContain('notes-hint');
    expect(html).not.toContain('notes-error');
    expect(attribute(html, 'input', 'aria-describedby')).toBeUndefined();
    expect(attribute(html, 'input', 'aria-invalid')).toBe('false');
  });
});
