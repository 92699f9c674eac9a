import { BUDGET_LINE_STATUSES, FUNDER_KINDS } from '@passerelle/domain';
import type { TFunction } from 'i18next';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import { FormDialog } from '../../../components/ui/form-dialog';
import { isOneOf } from '../../../lib/is-one-of';
import { ACTION_SECTION_IDS } from '../../../lib/partnership-paths';
import { useAddBudgetLine, type BudgetLineStatus, type FunderKind } from '../api/add-budget-line';
import type { ActionDetail, BudgetLine } from '../api/get-action';
import { actionFormErrors } from './action-form-errors';
import { BudgetLineFigures } from './budget-line-figures';
import type { ActionSectionProps } from './action-header';
import { formatAmount, formatDay, parseDecimal, type PartyNames } from './action-texts';
import { PartySelect } from './party-select';
import { FundingFigures } from './funding-figures';
import { TableScroll } from '../../../components/ui/table-scroll';

/** Who funds a line: the funder's name, and for an own budget, whose. */
function funderText(t: TFunction, line: BudgetLine, names: PartyNames): string {
  if (line.funder === 'own_budget' && line.partyId)
    return t('actions.budget.ownBudgetOf', { party: names.nameOf(line.partyId) });
  return t(`actions.budget.funderKinds.${line.funder}`);
}

/** The action's funding lines (own budgets and funders, with amounts and status) and its funding figures. */
export function ActionBudget({ partnershipId, detail, names, permissions }: ActionSectionProps) {
  const { t, i18n } = useTranslation();
  const action = detail.action;
  const sectionId = ACTION_SECTION_IDS.budget;
  const ownPartyId = names.ownPartyId;
  return (
    <section className="panel panel--section" aria-labelledby={sectionId}>
      <h2 id={sectionId} tabIndex={-1} className="anchor-target">
        {t('actions.budget.title')}
      </h2>
      {action.budget.length === 0 ? (
        <p className="muted">{t('actions.budget.empty')}</p>
      ) : (
        <TableScroll label={t('actions.budget.tableLabel')}>
          <table className="table" aria-label={t('actions.budget.tableLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('actions.budget.funder')}</th>
                <th scope="col">{t('actions.budget.kind')}</th>
                <th scope="col">{t('actions.budget.amount')}</th>
                <th scope="col">{t('actions.budget.status')}</th>
                <th scope="col">{t('oda.line.paid')}</th>
              </tr>
            </thead>
            <tbody>
              {action.budget.map((line) => (
                <tr key={line.id}>
                  <th scope="row">{line.funderName}</th>
                  <td>{funderText(t, line, names)}</td>
                  <td>{formatAmount(line.amount, line.currency, i18n.language)}</td>
                  <td>{t(`actions.budget.statuses.${line.status}`)}</td>
                  <td>
                    {line.paidAmount === null || line.paidOn === null
                      ? '—'
                      : t('oda.line.paidOnDay', {
                          amount: formatAmount(line.paidAmount, line.currency, i18n.language),
                          day: formatDay(line.paidOn, i18n.language),
                        })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {action.budget.map((line) => (
        <BudgetLineFigures
          key={line.id}
          partnershipId={partnershipId}
          actionId={action.id}
          line={line}
          canRun={permissions.canRun}
        />
      ))}
      <FundingFigures
        funding={action.funding}
        names={names}
        label={t('actions.funding.actionFiguresLabel')}
      />
      {permissions.canRun && ownPartyId && (
        <FormDialog openLabel={t('actions.budget.form.title')} title={t('actions.budget.form.title')}>
          {(done) => (
            <BudgetLineForm
              partnershipId={partnershipId}
              detail={detail}
              names={names}
              ownPartyId={ownPartyId}
              onDone={done}
            />
          )}
        </FormDialog>
      )}
    </section>
  );
}

const FIELDS = ['funder', 'funderName', 'partyId', 'amount', 'currency', 'status'] as const;

/** Adds a funding line: the kind of funder and its name, whose own budget, the amount and currency, where it stands. */
function BudgetLineForm({
  partnershipId,
  detail,
  names,
  ownPartyId,
  onDone,
}: {
  partnershipId: string;
  detail: ActionDetail;
  names: PartyNames;
  ownPartyId: string;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const add = useAddBudgetLine(partnershipId, detail.action.id);
  const formRef = useRef<HTMLFormElement>(null);
  const [funder, setFunder] = useState<FunderKind>('own_budget');
  const [funderName, setFunderName] = useState('');
  const [partyId, setPartyId] = useState(ownPartyId);
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState(detail.action.funding.currency || 'EUR');
  const [status, setStatus] = useState<BudgetLineStatus>('planned');
  const [local, setLocal] = useState<FormErrors | undefined>();
  const errors = local ?? actionFormErrors(t, add.error, FIELDS);
  useFocusFirstInvalidField(formRef, local ?? add.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = parseDecimal(amount);
    if (value === undefined) {
      add.reset();
      setLocal({ fields: { amount: t('actions.numberRequired') }, form: t('validation.summary') });
      return;
    }
    setLocal(undefined);
    add.mutate(
      {
        funder,
        funderName: funderName.trim(),
        // Whose own budget: another funder's line belongs to no party.
        ...(funder === 'own_budget' ? { partyId } : {}),
        amount: value,
        currency: currency.trim().toUpperCase(),
        status,
      },
      {
        onSuccess: () => onDone(t('actions.budget.form.done')),
      },
    );
  };

  return (
    <form
      ref={formRef}
      className="form form--nested action-form"
      onSubmit={submit}
      noValidate
      aria-label={t('actions.budget.form.title')}
    >
      <FormAlert message={errors.form} />
      <div className="form__row">
        <Field label={t('actions.budget.form.funder')} error={errors.fields.funder}>
          {(props) => (
            <select
              {...props}
              name="funder"
              value={funder}
              onChange={(event) => {
                const next = event.target.value;
                if (isOneOf(FUNDER_KINDS, next)) setFunder(next);
              }}
            >
              {FUNDER_KINDS.map((code) => (
                <option key={code} value={code}>
                  {t(`actions.budget.funderKinds.${code}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {funder === 'own_budget' && (
          <Field label={t('actions.budget.form.party')} error={errors.fields.partyId}>
            {(props) => (
              <PartySelect
                control={props}
                names={names}
                name="partyId"
                value={partyId}
                onChange={setPartyId}
              />
            )}
          </Field>
        )}
      </div>
      <Field
        label={t('actions.budget.form.funderName')}
        hint={t('actions.budget.form.funderNameHint')}
        error={errors.fields.funderName}
      >
        {(props) => (
          <input
            {...props}
            name="funderName"
            required
            maxLength={200}
            autoComplete="off"
            value={funderName}
            onChange={(event) => setFunderName(event.target.value)}
          />
        )}
      </Field>
      <div className="form__row">
        <Field label={t('actions.budget.form.amount')} error={errors.fields.amount}>
          {(props) => (
            <input
              {...props}
              name="amount"
              inputMode="decimal"
              required
              autoComplete="off"
              value={amount}
              onChange={(event) => setAmount(event.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('actions.budget.form.currency')}
          hint={t('actions.budget.form.currencyHint')}
          error={errors.fields.currency}
        >
          {(props) => (
            <input
              {...props}
              name="currency"
              required
              maxLength={3}
              autoComplete="off"
              className="action-form__currency"
              value={currency}
              onChange={(event) => setCurrency(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('actions.budget.form.status')} error={errors.fields.status}>
          {(props) => (
            <select
              {...props}
              name="status"
              value={status}
              onChange={(event) => {
                const next = event.target.value;
                if (isOneOf(BUDGET_LINE_STATUSES, next)) setStatus(next);
              }}
            >
              {BUDGET_LINE_STATUSES.map((code) => (
                <option key={code} value={code}>
                  {t(`actions.budget.statuses.${code}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={add.isPending}>
          {t('actions.budget.form.submit')}
        </button>
      </div>
    </form>
  );
}
