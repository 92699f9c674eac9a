import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../../components/ui/table-scroll';
import type { ActionMoney } from '../api/get-action-funding';
import { formatEuros, formatMoney, formatShare } from './funding-format';
import { localeOf } from '../../../lib/i18n/locale';

/**
 * Money as it happens on the action: per funder in euros, per line in its currency and in euros at its
 * recorded rate; then the co-financing shares and leverage of granted funds, with requests shown apart,
 * and what the calls granted, paid and refused.
 */
export function MoneyTables({ money, nameOf }: { money: ActionMoney; nameOf: (partyId: string) => string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const euros = (amount: number) => formatEuros(amount, language);
  const funderName = (funder: { funder: string; funderName: string; partyId: string | null }) =>
    funder.funder === 'own_budget' && funder.partyId
      ? t('actionFunding.money.ownBudget', { party: nameOf(funder.partyId) })
      : funder.funderName;
  const { cofinancing, applications } = money;
  return (
    <section aria-labelledby="action-money-title" className="card">
      <h3 id="action-money-title">{t('actionFunding.money.title')}</h3>
      <p className="muted">{t('actionFunding.money.intro')}</p>
      <TableScroll label={t('actionFunding.money.byFunderLabel')}>
        <table className="table" aria-label={t('actionFunding.money.byFunderLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('actionFunding.money.funder')}</th>
              <th scope="col">{t('actionFunding.money.planned')}</th>
              <th scope="col">{t('actionFunding.money.committed')}</th>
              <th scope="col">{t('actionFunding.money.spent')}</th>
            </tr>
          </thead>
          <tbody>
            {money.byFunder.map((funder) => (
              <tr key={`${funder.funder}:${funder.partyId ?? funder.funderName}`}>
                <th scope="row">{funderName(funder)}</th>
                <td>{euros(funder.euros.planned)}</td>
                <td>{euros(funder.euros.committed)}</td>
                <td>{euros(funder.euros.spent)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('actionFunding.money.total')}</th>
              <td>{euros(money.totalEuros.planned)}</td>
              <td>{euros(money.totalEuros.committed)}</td>
              <td>{euros(money.totalEuros.spent)}</td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      <TableScroll label={t('actionFunding.money.byLineLabel')}>
        <table className="table" aria-label={t('actionFunding.money.byLineLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('actionFunding.money.line')}</th>
              <th scope="col">{t('actionFunding.money.rate')}</th>
              <th scope="col">
                {t('actionFunding.money.planned')} / {t('actionFunding.money.committed')} /{' '}
                {t('actionFunding.money.spent')} — {t('actionFunding.money.inCurrency')}
              </th>
              <th scope="col">{t('actionFunding.money.inEuros')}</th>
            </tr>
          </thead>
          <tbody>
            {money.lines.map((line) => {
              const own = (amount: number) => formatMoney(amount, line.currency, language);
              return (
                <tr key={line.lineId}>
                  <th scope="row">{funderName(line)}</th>
                  <td>
                    {line.currency === 'EUR'
                      ? '1'
                      : line.eurRate === null
                        ? t('actionFunding.money.noRate')
                        : line.eurRate.toLocaleString(localeOf(language))}
                  </td>
                  <td>
                    {own(line.amounts.planned)} / {own(line.amounts.committed)} / {own(line.amounts.spent)}
                  </td>
                  <td>
                    {line.euros
                      ? `${euros(line.euros.planned)} / ${euros(line.euros.committed)} / ${euros(line.euros.spent)}`
                      : t('actionFunding.money.noRate')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      {money.linesWithoutRate > 0 && (
        <p className="muted">
          {t('actionFunding.money.linesWithoutRate', { count: money.linesWithoutRate })}
        </p>
      )}
      <h4>{t('actionFunding.money.cofinancingTitle')}</h4>
      <p className="muted">{t('actionFunding.money.cofinancingIntro')}</p>
      <ul>
        <li>{t('actionFunding.money.totalGranted', { amount: euros(cofinancing.totalGranted) })}</li>
        {cofinancing.ownShares.map((own) => (
          <li key={own.partyId ?? 'own'}>
            {t('actionFunding.money.item', {
              name: t('actionFunding.money.ownBudget', { party: own.partyId ? nameOf(own.partyId) : '—' }),
              amount: euros(own.granted),
            })}
            {own.share !== null &&
              `, ${t('actionFunding.money.share', { share: formatShare(own.share, language) })}`}
          </li>
        ))}
        {cofinancing.funders.map((funder) => (
          <li key={`${funder.funder}:${funder.funderName}`}>
            {t('actionFunding.money.item', { name: funder.funderName, amount: euros(funder.granted) })}
            {funder.share !== null &&
              `, ${t('actionFunding.money.share', { share: formatShare(funder.share, language) })}`}
            {funder.grantLeverage !== null &&
              ` — ${t('actionFunding.money.leverage', {
                value: funder.grantLeverage.toLocaleString(localeOf(language), { maximumFractionDigits: 2 }),
              })}`}
          </li>
        ))}
        <li>{t('actionFunding.money.requestedApart', { amount: euros(cofinancing.requested) })}</li>
      </ul>
      <h4>{t('actionFunding.money.applicationsTitle')}</h4>
      <ul>
        <li>{t('actionFunding.money.applicationsGranted', { amount: euros(applications.granted) })}</li>
        <li>{t('actionFunding.money.applicationsReceived', { amount: euros(applications.received) })}</li>
        <li>{t('actionFunding.money.applicationsRequested', { amount: euros(applications.requested) })}</li>
        <li>{t('actionFunding.money.applicationsRefused', { amount: euros(applications.refused) })}</li>
      </ul>
    </section>
  );
}
