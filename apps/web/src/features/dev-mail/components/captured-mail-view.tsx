import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LinkifiedText } from '../../../components/ui/linkified-text';
import { useCapturedMail } from '../api/get-captured-mails';
import { devMailErrorText } from './dev-mail-error-text';
import { localeOf } from '../../../lib/i18n/locale';

/** One mail as text (links clickable): the HTML part is not rendered, so a mail can never run script here. */
export function CapturedMailView({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const mail = useCapturedMail(id);
  return (
    <article className="panel">
      <p className="link-line">
        <Link to="/dev/mail">{t('devMail.back')}</Link>
      </p>
      {mail.isPending && <p role="status">…</p>}
      {mail.isError && <p role="alert">{devMailErrorText(t, mail.error)}</p>}
      {mail.data && (
        <>
          <h2>{mail.data.subject}</h2>
          <dl className="mail-headers">
            <dt>{t('devMail.from')}</dt>
            <dd>{mail.data.from}</dd>
            <dt>{t('devMail.to')}</dt>
            <dd>{mail.data.to.join(', ')}</dd>
            <dt>{t('devMail.receivedAt')}</dt>
            <dd>{new Date(mail.data.receivedAt).toLocaleString(localeOf(i18n.language))}</dd>
          </dl>
          <pre className="mail-body">
            <LinkifiedText text={mail.data.text} />
          </pre>
        </>
      )}
    </article>
  );
}
