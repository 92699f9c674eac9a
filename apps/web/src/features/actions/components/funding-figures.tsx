import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FundingFigures as Funding } from '../api/get-actions';
import { formatAmount, formatNumber, type PartyNames } from './action-texts';
import { TableScroll } from '../../../components/ui/table-scroll';
import { localeOf } from '../../../lib/i18n/locale';

/** A share written as a percentage (« 25 % »), or undefined when there is nothing granted to share. */
export function shareText(share: number | null, language: string): string | undefined {
  return share === null
    ? undefined
    : share.toLocaleString(localeOf(language), { style: 'percent', maximumFractionDigits: 1 });
}

/** One line for an action's card: what is granted and how much of it is the parties' own budgets. */
export function fundingSummaryText(t: TFunction, funding: Funding, language: string): string | undefined {
  if (funding.totalGranted === 0) return undefined;
  const own = funding.ownShares.reduce((total, party) => total + party.granted, 0);
  return t('actions.funding.cardSummary', {
    total: formatAmount(funding.totalGranted, funding.currency, language),
    ownShare: shareText(own / funding.totalGranted, language),
  });
}

/**
 * A budget's funding, each figure named for what it is: each party's own share, each funder's co-financing
 * share and the leverage of its grant (other funds per euro it granted, the figure a ministry reports), the
 * requests apart (counted once granted), and lines in another currency counted apart, not converted.
 */
export function FundingFigures({
  funding,
  names,
  label,
}: {
  funding: Funding;
  names: PartyNames;
  label: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const amount = (value: number) => formatAmount(value, funding.currency, language);
  const none = t('common.noValue');
  if (funding.totalGranted === 0 && funding.requested === 0) {
    return <p className="muted">{t('actions.funding.nothingGranted')}</p>;
  }
  return (
    <>
      <TableScroll label={label}>
        <table className="table" aria-label={label}>
          <thead>
            <tr>
              <th scope="col">{t('actions.funding.source')}</th>
              <th scope="col">{t('actions.funding.granted')}</th>
              <th scope="col">{t('actions.funding.share')}</th>
              <th scope="col">{t('actions.funding.grantLeverage')}</th>
              <th scope="col">{t('actions.funding.requested')}</th>
            </tr>
          </thead>
          <tbody>
            {funding.ownShares.map((own) => (
              <tr key={own.partyId ?? 'own'}>
                <th scope="row">
                  {t('actions.funding.ownBudgetOf', {
                    party: own.partyId ? names.nameOf(own.partyId) : t('actions.funding.unnamedParty'),
                  })}
                </th>
                <td>{amount(own.granted)}</td>
                <td>{shareText(own.share, language) ?? none}</td>
                <td>{none}</td>
                <td>{none}</td>
              </tr>
            ))}
            {funding.funders.map((funder) => (
              <tr key={`${funder.funder}:${funder.funderName}`}>
                <th scope="row">{funder.funderName}</th>
                <td>{amount(funder.granted)}</td>
                <td>{shareText(funder.share, language) ?? none}</td>
                <td>
                  {funder.grantLeverage === null
                    ? none
                    : t('actions.funding.leverageValue', {
                        value: formatNumber(funder.grantLeverage, language),
                      })}
                </td>
                <td>{funder.requested > 0 ? amount(funder.requested) : none}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('actions.funding.total')}</th>
              <td>{amount(funding.totalGranted)}</td>
              <td>{funding.totalGranted > 0 ? shareText(1, language) : none}</td>
              <td />
              <td>{funding.requested > 0 ? amount(funding.requested) : none}</td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      {funding.linesInOtherCurrencies > 0 && (
        <p className="muted">
          {t('actions.funding.otherCurrencies', {
            count: funding.linesInOtherCurrencies,
            currency: funding.currency,
          })}
        </p>
      )}
    </>
  );
}
