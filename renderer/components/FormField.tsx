import type { ReactNode } from 'react';

interface FormFieldProps {
  /** The id of the input inside; the hint and error are named after it. */
  inputId: string;
  label: ReactNode;
  hint?: string;
  /** What is wrong with the value, said beside the field and announced when it appears. */
  error?: string;
  children: ReactNode;
}

/** A labelled input with its hint and its error, as every form in the app lays them out. */
export function FormField({ inputId, label, hint, error, children }: FormFieldProps) {
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      {hint && (
        <span className="hint" id={`${inputId}-hint`}>
          {hint}
        </span>
      )}
      {children}
      {error && (
        <p className="field-error" id={`${inputId}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** The attributes that tie an input to its FormField's hint and error, for a screen reader. */
export function describedBy(inputId: string, { hint = false, error }: { hint?: boolean; error?: string }) {
  return {
    id: inputId,
    'aria-invalid': error !== undefined,
    'aria-describedby':
      [hint ? `${inputId}-hint` : '', error ? `${inputId}-error` : ''].filter(Boolean).join(' ') || undefined,
  };
}
