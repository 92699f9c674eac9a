import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { CapturedMailList } from '../../features/dev-mail/components/captured-mail-list';
import { CapturedMailView } from '../../features/dev-mail/components/captured-mail-view';

export function DevMailRoute() {
  const { t } = useTranslation();
  const { id } = useParams();
  return (
    <>
      <h1>{t('devMail.title')}</h1>
      <p className="lead">{t('devMail.intro')}</p>
      {id ? <CapturedMailView id={id} /> : <CapturedMailList />}
    </>
  );
}
