import { ACTION_THEMES, type KnownActionTheme } from '@passerelle/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { themeLabel } from './theme-name';

type Theme = KnownActionTheme;

/**
 * A group of checkboxes, one per theme of action, named by its legend; its hint and error are tied to the
 * group, and the first box carries the error so that a refused form can focus it.
 */
export function ThemeCheckboxes({
  legend,
  hint,
  error,
  name,
  value,
  onChange,
}: {
  legend: string;
  hint?: string;
  error?: string;
  name: string;
  value: readonly Theme[];
  onChange: (themes: Theme[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : undefined, error ? errorId : undefined].filter(Boolean).join(' ');
  return (
    <fieldset
      className={`field theme-checkboxes${error ? ' field--invalid' : ''}`}
      {...(describedBy ? { 'aria-describedby': describedBy } : {})}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <div className="theme-checkboxes__options">
        {ACTION_THEMES.map((theme, index) => (
          <label key={theme} className="theme-checkboxes__option">
            <input
              type="checkbox"
              name={name}
              value={theme}
              checked={value.includes(theme)}
              {...(error && index === 0 ? { 'aria-invalid': true as const } : {})}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? ACTION_THEMES.filter((item) => item === theme || value.includes(item))
                    : value.filter((item) => item !== theme),
                )
              }
            />
            {themeLabel(t, theme, i18n.language)}
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
