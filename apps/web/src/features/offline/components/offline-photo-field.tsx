import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FileChooser } from '../../files/components/file-chooser';

/**
 * Offline, a photo cannot be uploaded when it is chosen: this chooser keeps the chosen files on the device
 * (the form queues them with its write, and the outbox uploads them before sending it).
 */
export function OfflinePhotoField({
  label,
  files,
  onChange,
}: {
  label: string;
  files: readonly File[];
  onChange: (files: File[]) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="field__hint">
        {t('offline.photos.hint')}
      </p>
      {files.length > 0 && (
        <ul className="plain-list action-attachments" aria-label={t('offline.photos.kept')}>
          {files.map((file, index) => (
            <li key={`${file.name}-${index}`}>
              {file.name}{' '}
              <button
                type="button"
                className="button button--small"
                onClick={() => onChange(files.filter((_, at) => at !== index))}
              >
                {t('offline.photos.remove', { name: file.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <FileChooser id={id} describedBy={`${id}-hint`} onChoose={(chosen) => onChange([...files, chosen])} />
    </div>
  );
}
