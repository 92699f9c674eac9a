import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../components/ui/error-text';
import { useUploadFile, type StoredFile } from '../api/upload-file';
import { FileChooser } from './file-chooser';

/**
 * A file chooser that uploads the chosen file to the partnership's store at once and hands its record to the
 * form (which then sends only the id). Shows the uploaded name, or why the file was refused.
 */
export function FileUploadField({
  partnershipId,
  label,
  hint,
  file,
  onChange,
}: {
  partnershipId: string;
  label: string;
  hint?: string;
  file: StoredFile | undefined;
  onChange: (file: StoredFile | undefined) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const upload = useUploadFile(partnershipId);
  const error = upload.error ? describeError(t, upload.error) : undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="field__hint">
        {hint ?? t('files.hint')}
      </p>
      <FileChooser
        id={id}
        describedBy={`${id}-hint${error ? ` ${id}-error` : ''}`}
        invalid={Boolean(error)}
        disabled={upload.isPending}
        onChoose={(chosen) => {
          onChange(undefined);
          upload.reset();
          upload.mutate(chosen, { onSuccess: (stored) => onChange(stored) });
        }}
      />
      {upload.isPending && <p role="status">{t('files.uploading')}</p>}
      {file && !upload.isPending && (
        <p role="status" className="field__hint">
          {t('files.uploaded', { name: file.name })}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
