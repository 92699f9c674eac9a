import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf } from '../../lib/i18n/locale';
import { datePattern, formatDateEntry, isIsoDay, parseDateEntry, parseTimeEntry } from './date-entry';

interface EntryProps {
  /** The `Field`'s props: the label's target, the hint and error ids, the error state. */
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  /** The value as the API takes it (`2026-12-07`, `15:30`), `''` when empty, or the text typed when it reads as none. */
  value: string;
  onChange: (value: string) => void;
  name?: string;
  required?: boolean;
  disabled?: boolean;
}

// Browsers that can open their own calendar on demand (`showPicker`); jsdom and older ones cannot.
const CAN_PICK =
  typeof HTMLInputElement !== 'undefined' && typeof HTMLInputElement.prototype.showPicker === 'function';

/**
 * What a typed entry is worth to the form: the value it stands for, `''` when empty, else the text itself, which
 * the API refuses at the field, so a wrong day is never sent as another one.
 */
function entryValue(text: string, parse: (text: string) => string | undefined): string {
  const trimmed = text.trim();
  return trimmed === '' ? '' : (parse(trimmed) ?? trimmed);
}

/**
 * Keeps the text a person types apart from the value it stands for: typing shows as typed, and a value set
 * from outside (a reset, another language) is written out again, during the render that brings it.
 */
function useEntryText(value: string, written: (value: string) => string, language: string) {
  const [entry, setEntry] = useState(() => ({ text: written(value), value, language }));
  let text = entry.text;
  if (entry.value !== value || entry.language !== language) {
    text = written(value);
    setEntry({ text, value, language });
  }
  return {
    text,
    /** What was typed, and the value the form is told it stands for. */
    typed: (typedText: string, standsFor: string) =>
      setEntry({ text: typedText, value: standsFor, language }),
    /** The same value, written out tidily (`3/4/27` → `03/04/2027`). */
    tidied: (tidyText: string) => setEntry((current) => ({ ...current, text: tidyText })),
  };
}

interface EntryBehaviour {
  /** The value a typed text stands for (`07/12/2026` → `2026-12-07`), `undefined` when it stands for none. */
  parse: (text: string) => string | undefined;
  /** A value written out for the field (`2026-12-07` → `07/12/2026`); anything else as it is. */
  written: (value: string) => string;
}

/**
 * What a typed date and a typed time share: the text kept apart from the value, the value given to the form
 * as it is typed, the text tidied when the field is left, and an unreadable text marked only then (not while
 * it is being typed). The note under the field describes it.
 */
function useEntry(props: EntryProps, behaviour: EntryBehaviour, language: string) {
  const { value, onChange, name, required, disabled, ...field } = props;
  const noteId = useId();
  const { text, typed, tidied } = useEntryText(value, behaviour.written, language);
  const [left, setLeft] = useState(false);
  const parsed = behaviour.parse(text);
  const unreadable = left && text.trim() !== '' && parsed === undefined;
  const accept = (typedText: string) => {
    const next = entryValue(typedText, behaviour.parse);
    typed(typedText, next);
    onChange(next);
  };
  const inputProps = {
    ...field,
    'aria-describedby': [field['aria-describedby'], noteId].filter(Boolean).join(' '),
    ...(unreadable ? { 'aria-invalid': true as const } : {}),
    dir: 'ltr',
    inputMode: 'numeric' as const,
    autoComplete: 'off',
    name,
    required,
    disabled,
    value: text,
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      setLeft(false);
      accept(event.target.value);
    },
    onBlur: () => {
      setLeft(true);
      if (parsed) tidied(behaviour.written(parsed));
    },
  };
  return { inputProps, noteId, parsed, unreadable, accept, markLeft: () => setLeft(true) };
}

function EntryNote({ id, unreadable, children }: { id: string; unreadable: boolean; children: string }) {
  return (
    <span id={id} className={`entry__note${unreadable ? ' entry__note--invalid' : ''}`}>
      {children}
    </span>
  );
}

/**
 * A calendar date typed as the user's language writes it (`07/12/2026` in French, `07.12.2026` in German),
 * whatever the browser's own language: a native date input would follow the browser and show an American
 * officer's French form as `12/07/2026`. Under the field, the format while it is empty or unreadable, and the
 * day written out once it reads (`lundi 7 décembre 2026`), so a swapped day and month shows at once. Where the
 * browser can, a button opens its calendar.
 */
export function DateInput(props: EntryProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const pickerRef = useRef<HTMLInputElement>(null);
  const {
    inputProps,
    noteId,
    parsed: day,
    unreadable,
    accept,
    markLeft,
  } = useEntry(
    props,
    {
      parse: (typed) => parseDateEntry(typed, language),
      written: (value) => (isIsoDay(value) ? formatDateEntry(value, language) : value),
    },
    language,
  );
  const { order, separator } = datePattern(language);
  const format = order.map((part) => t(`dateEntry.${part}`)).join(separator);
  const note = day
    ? new Date(`${day}T00:00:00Z`).toLocaleDateString(localeOf(language), {
        dateStyle: 'full',
        timeZone: 'UTC',
      })
    : unreadable
      ? t('dateEntry.unreadable', { format })
      : t('dateEntry.format', { format });

  return (
    <span className="entry">
      <span className="entry__row">
        <input {...inputProps} className="entry__input" />
        {CAN_PICK && (
          <span className="entry__picker">
            <button
              type="button"
              className="button entry__button"
              aria-label={t('dateEntry.calendar')}
              title={t('dateEntry.calendar')}
              disabled={props.disabled}
              onClick={() => pickerRef.current?.showPicker()}
            >
              <CalendarIcon />
            </button>
            <input
              ref={pickerRef}
              type="date"
              className="entry__native"
              tabIndex={-1}
              aria-hidden="true"
              value={day ?? ''}
              onChange={(event) => {
                if (!event.target.value) return;
                markLeft();
                accept(formatDateEntry(event.target.value, language));
              }}
            />
          </span>
        )}
      </span>
      <EntryNote id={noteId} unreadable={unreadable}>
        {note}
      </EntryNote>
    </span>
  );
}

/** A time of day typed on the 24-hour clock (`15:30`, `15h30`), whatever the browser's own language. */
export function TimeInput(props: EntryProps) {
  const { t, i18n } = useTranslation();
  const { inputProps, noteId, unreadable } = useEntry(
    props,
    { parse: parseTimeEntry, written: keepAsIs },
    i18n.language,
  );
  return (
    <span className="entry">
      <input {...inputProps} className="entry__input entry__input--time" />
      <EntryNote id={noteId} unreadable={unreadable}>
        {unreadable ? t('dateEntry.timeUnreadable') : t('dateEntry.timeFormat')}
      </EntryNote>
    </span>
  );
}

function keepAsIs(value: string): string {
  return value;
}

function CalendarIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M7 2h2v2h6V2h2v2h3a1 1 0 0 1 1 1v15a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h3V2Zm12 8H5v9h14v-9ZM7 12h3v3H7v-3Z"
      />
    </svg>
  );
}
