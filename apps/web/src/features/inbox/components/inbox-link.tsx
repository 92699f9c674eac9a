import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { INBOX_PATH } from '../../../lib/partnership-paths';
import { useInbox } from '../api/get-inbox';
import './inbox.css';

/**
 * The header's way to the inbox with the number of things that wait, as a badge only seen: the link's name
 * says it in words (« À faire 3 en attente »). Mount it for signed-in users only.
 */
export function InboxLink() {
  const { t } = useTranslation();
  const count = useInbox().data?.count ?? 0;
  return (
    <NavLink to={INBOX_PATH} className="header-link inbox-link">
      {t('inbox.link')}
      {/* Said after the visible name, not in a label replacing it: speech users name a link by what they see. */}
      {count > 0 && <span className="visually-hidden">{t('inbox.linkCount', { count })}</span>}
      {count > 0 && (
        <span className="inbox-link__count" aria-hidden="true" data-testid="inbox-count">
          {count}
        </span>
      )}
    </NavLink>
  );
}
