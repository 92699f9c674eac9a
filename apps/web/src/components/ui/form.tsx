import { useEffect, useId, type ReactNode, type RefObject } from 'react';
import { DateInput } from './date-input';

export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/**
 * A labelled form control with its hint and its error, both tied to the control by `aria-describedby` so
 * that screen readers read them with the label. Required controls carry `required` themselves.
 */
export function Field({
  label,
  hint,
  error,
  children,
}: {
  label: string;
  hint?: string;
  error?: string;
  children: (props: FieldControlProps) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : undefined, error ? errorId : undefined].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true as const } : {}),
      })}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

/** The message of a failed submission, announced at once. */
export function FormAlert({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <p role="alert" className="form-alert">
      {message}
    </p>
  );
}

/** The message of a successful action, announced politely. */
export function FormSuccess({ message }: { message: string | undefined }) {
  return (
    <p role="status" className={message ? 'form-success' : 'visually-hidden'}>
      {message}
    </p>
  );
}

/**
 * After a refused submission, moves the focus to the first invalid field so the user lands on it; `error` is
 * the failure (a new one each submission).
 */
export function useFocusFirstInvalidField(formRef: RefObject<HTMLFormElement | null>, error: unknown) {
  useEffect(() => {
    if (!error) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [formRef, error]);
}

interface ValueFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
}

/** A required calendar date (`YYYY-MM-DD`), typed as the user's language writes it (`DateInput`). */
export function DateField({ label, value, onChange, error, hint }: ValueFieldProps) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(props) => <DateInput {...props} required value={value} onChange={onChange} />}
    </Field>
  );
}

/**
 * A required amount typed as the user writes it (`1 200,50` or `1200.50`); the form parses it. Phones show
 * their decimal keypad.
 */
export function AmountField({ label, value, onChange, error, hint }: ValueFieldProps) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(props) => (
        <input
          {...props}
          inputMode="decimal"
          required
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
