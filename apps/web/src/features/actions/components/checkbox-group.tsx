import { useId } from 'react';

/**
 * A group of checkboxes named by its legend (parties, goals); its hint and error are tied to the group, and
 * the first box carries the error so that a refused form can focus it. The order of `options` is kept in the
 * values handed back.
 */
export function CheckboxGroup({
  legend,
  hint,
  error,
  options,
  value,
  onChange,
  className,
}: {
  legend: string;
  hint?: string;
  error?: string;
  options: readonly { value: string; label: string }[];
  value: readonly string[];
  onChange: (values: string[]) => void;
  className?: string;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : undefined, error ? errorId : undefined].filter(Boolean).join(' ');
  return (
    <fieldset
      className={`field checkbox-group${className ? ` ${className}` : ''}${error ? ' field--invalid' : ''}`}
      {...(describedBy ? { 'aria-describedby': describedBy } : {})}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <div className="checkbox-group__options">
        {options.map((option, index) => (
          <label key={option.value} className="checkbox-group__option">
            <input
              type="checkbox"
              value={option.value}
              checked={value.includes(option.value)}
              {...(error && index === 0 ? { 'aria-invalid': true as const } : {})}
              onChange={(event) => {
                const checked = event.target.checked;
                onChange(
                  options
                    .map((candidate) => candidate.value)
                    .filter((candidate) =>
                      candidate === option.value ? checked : value.includes(candidate),
                    ),
                );
              }}
            />
            {option.label}
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
