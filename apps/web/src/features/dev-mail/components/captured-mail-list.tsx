import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TableScroll } from '../../../components/ui/table-scroll';
import { useCapturedMails } from '../api/get-captured-mails';
import { devMailErrorText } from './dev-mail-error-text';
import { localeOf } from '../../../lib/i18n/locale';

export function CapturedMailList() {
  const { t, i18n } = useTranslation();
  const mails = useCapturedMails();
  if (mails.isPending) return <p role="status">…</p>;
  if (mails.isError) return <p role="alert">{devMailErrorText(t, mails.error)}</p>;
  if (mails.data.length === 0) return <p>{t('devMail.empty')}</p>;
  // On a phone the table scrolls in its own box: addresses and dates do not break.
  return (
    <TableScroll label={t('devMail.title')}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('devMail.receivedAt')}</th>
            <th scope="col">{t('devMail.to')}</th>
            <th scope="col">{t('devMail.subject')}</th>
          </tr>
        </thead>
        <tbody>
          {mails.data.map((mail) => (
            <tr key={mail.id}>
              <td>{new Date(mail.receivedAt).toLocaleString(localeOf(i18n.language))}</td>
              <td>{mail.to.join(', ')}</td>
              <td className="link-line">
                <Link to={`/dev/mail/${mail.id}`}>{mail.subject}</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
