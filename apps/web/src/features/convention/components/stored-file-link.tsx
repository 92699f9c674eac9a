import { useTranslation } from 'react-i18next';
import type { StoredFile } from '../../files/api/upload-file';
import { storedFileUrl } from '../../files/api/upload-file';

/** A link to download a file of the partnership's store (a council decision, the signed convention). */
export function StoredFileLink({ partnershipId, file }: { partnershipId: string; file: StoredFile }) {
  const { t } = useTranslation();
  return (
    <a href={storedFileUrl(partnershipId, file.id)} download={file.name}>
      {t('files.download', { name: file.name })}
    </a>
  );
}
