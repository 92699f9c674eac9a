import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName } from '../../../components/ui/country-name';
import { describeError } from '../../../components/ui/error-text';
import { usePartnerships, type Partnership } from '../api/get-partnerships';
import { TableScroll } from '../../../components/ui/table-scroll';

/** The partnerships the user's authority takes part in: title, parties with their country, its role. */
export function PartnershipList() {
  const { t } = useTranslation();
  const partnerships = usePartnerships();
  if (partnerships.isPending) return <p role="status">{t('common.loading')}</p>;
  if (partnerships.isError) return <p role="alert">{describeError(t, partnerships.error)}</p>;
  if (partnerships.data.items.length === 0) return <p>{t('partnerships.empty')}</p>;
  return (
    <TableScroll label={t('partnerships.caption')}>
      <table className="table">
        <caption className="visually-hidden">{t('partnerships.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('partnerships.name')}</th>
            <th scope="col">{t('partnerships.parties')}</th>
            <th scope="col">{t('partnerships.yourRole')}</th>
          </tr>
        </thead>
        <tbody>
          {partnerships.data.items.map((partnership) => (
            <tr key={partnership.id}>
              <th scope="row" className="link-line">
                <Link to={`/partenariats/${partnership.id}`}>{partnership.title}</Link>
              </th>
              <td>
                <PartyNames parties={partnership.parties} />
              </td>
              <td>{t(`partnerships.partyRoles.${partnership.yourRole}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function PartyNames({ parties }: { parties: Partnership['parties'] }) {
  const { i18n } = useTranslation();
  return (
    <ul className="plain-list">
      {parties.map((party) => (
        <li key={party.organisationId}>
          {party.name} <span className="muted">({countryName(party.countryCode, i18n.language)})</span>
        </li>
      ))}
    </ul>
  );
}
