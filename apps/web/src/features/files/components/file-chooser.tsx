import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCEPTED_FILE_TYPES } from '../api/upload-file';

/**
 * The browser's file input, dressed in the user's language: a native one writes "Choose File / No file
 * chosen" in the browser's language, whatever the account's. The input stays the control (labelled by the
 * field, reached by the keyboard, read by screen readers); the button seen in its place only opens it.
 */
export function FileChooser({
  id,
  describedBy,
  invalid = false,
  disabled = false,
  onChoose,
}: {
  id: string;
  describedBy: string;
  invalid?: boolean;
  disabled?: boolean;
  onChoose: (file: File) => void;
}) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <span className="file-chooser">
      <input
        ref={inputRef}
        id={id}
        type="file"
        className="visually-hidden file-chooser__input"
        accept={ACCEPTED_FILE_TYPES}
        aria-describedby={describedBy}
        aria-invalid={invalid ? true : undefined}
        disabled={disabled}
        onChange={(event) => {
          const chosen = event.currentTarget.files?.[0];
          // Emptied at once, so that choosing the same file again is a new choice.
          event.currentTarget.value = '';
          if (chosen) onChoose(chosen);
        }}
      />
      <span
        className="button file-chooser__button"
        aria-hidden="true"
        onClick={() => inputRef.current?.click()}
      >
        {t('files.choose')}
      </span>
    </span>
  );
}
