import { isBindingConventionState } from '@passerelle/domain';
import type { TFunction } from 'i18next';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormSuccess } from '../../../components/ui/form';
import { FormDialog } from '../../../components/ui/form-dialog';
import { formatCalendarDate } from '../../../components/ui/format-date';
import { useExpireConvention } from '../api/expire-convention';
import type { Convention, ConventionStep } from '../api/get-convention';
import { useResumeConvention } from '../api/resume-convention';
import { CommandButton } from './command-button';
import type { ConventionPermissions } from './convention-permissions';
import { isAvailable } from './convention-texts';
import {
  BringIntoForceForm,
  ObjectToRenewalForm,
  RenewConventionForm,
  SuspendConventionForm,
} from './life-forms';
import { TerminateConventionForm } from './terminate-convention-form';

/**
 * « Vie de la convention » : the moves its state allows now, as the API lists them — bring it into force,
 * object to its tacit renewal, renew it, record its expiry, suspend or resume it, end it (or abandon a
 * draft). Each is shown only to those who run the partnership; the API still decides.
 */
export function ConventionLife({
  partnershipId,
  step,
  permissions,
}: {
  partnershipId: string;
  step: ConventionStep;
  permissions: ConventionPermissions;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [notice, setNotice] = useState<string | undefined>();
  const convention = step.convention;
  if (!convention || !permissions.canRun) return null;
  const moves = lifeMoves(step, convention, permissions);
  // A move done changes the convention's state, and with it the moves offered: the message and the focus
  // go to the section, whose heading stays.
  const settled = { announce: setNotice, focus: () => titleRef.current };
  const moveProps = { partnershipId, step, convention, settled };
  return (
    <section className="panel panel--section" aria-labelledby={titleId}>
      <h2 id={titleId} ref={titleRef} tabIndex={-1}>
        {t('convention.life.title')}
      </h2>
      <FormSuccess message={notice} />
      {moves.length === 0 ? (
        <p className="muted">{t('convention.life.nothing')}</p>
      ) : (
        <>
          {moves.some(opensForm) && (
            <div className="form-dialogs">
              {moves.filter(opensForm).map((move) => (
                <LifeMove key={move} move={move} {...moveProps} />
              ))}
            </div>
          )}
          {moves
            .filter((move) => !opensForm(move))
            .map((move) => (
              <LifeMove key={move} move={move} {...moveProps} />
            ))}
        </>
      )}
    </section>
  );
}

type LifeMoveName =
  | 'BringConventionIntoForce'
  | 'ObjectToTacitRenewal'
  | 'RenewConvention'
  | 'ExpireConvention'
  | 'SuspendConvention'
  | 'ResumeConvention'
  | 'TerminateConvention';

type FormMoveName = Exclude<LifeMoveName, 'ExpireConvention' | 'ResumeConvention'>;

/** Expiry and resumption are one click each; every other move asks for something first. */
function opensForm(move: LifeMoveName): move is FormMoveName {
  return move !== 'ExpireConvention' && move !== 'ResumeConvention';
}

const LIFE_MOVES: readonly LifeMoveName[] = [
  'BringConventionIntoForce',
  'ResumeConvention',
  'ObjectToTacitRenewal',
  'RenewConvention',
  'ExpireConvention',
  'SuspendConvention',
  'TerminateConvention',
];

/**
 * The moves the API allows now. An objection is made in the viewer's party's name: offered while the
 * convention has a deadline to object (the API gives it only when a tacit renewal is provided) and the
 * party has not objected yet.
 */
function lifeMoves(
  step: ConventionStep,
  convention: Convention,
  permissions: ConventionPermissions,
): LifeMoveName[] {
  return LIFE_MOVES.filter((move) => {
    if (!isAvailable(step, move)) return false;
    if (move !== 'ObjectToTacitRenewal') return true;
    return (
      convention.tacitRenewalObjectionDeadline !== null &&
      !convention.renewalObjections.some((objection) => objection.partyId === permissions.ownPartyId)
    );
  });
}

type Settled = { announce: (message: string) => void; focus: () => HTMLElement | null };

/**
 * One move: a one-click act (expiry, resumption) as its button, every other as a button that opens its form
 * in a dialog.
 */
function LifeMove({
  move,
  partnershipId,
  step,
  convention,
  settled,
}: {
  move: LifeMoveName;
  partnershipId: string;
  step: ConventionStep;
  convention: Convention;
  settled: Settled;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const version = step.version;
  const title = moveTitle(t, move, convention);
  if (!opensForm(move))
    return (
      <section className="convention-move" aria-labelledby={titleId}>
        <h3 id={titleId}>{title}</h3>
        {move === 'ExpireConvention' ? (
          <ExpireMove
            partnershipId={partnershipId}
            version={version}
            expiresOn={convention.expiresOn}
            onDone={settled.announce}
          />
        ) : (
          <ResumeMove partnershipId={partnershipId} version={version} onDone={settled.announce} />
        )}
      </section>
    );
  const form = (onDone: (message: string) => void) => {
    switch (move) {
      case 'BringConventionIntoForce':
        return <BringIntoForceForm partnershipId={partnershipId} version={version} onDone={onDone} />;
      case 'ObjectToTacitRenewal':
        return (
          <ObjectToRenewalForm
            partnershipId={partnershipId}
            version={version}
            deadline={convention.tacitRenewalObjectionDeadline}
            onDone={onDone}
          />
        );
      case 'RenewConvention':
        return <RenewConventionForm partnershipId={partnershipId} version={version} onDone={onDone} />;
      case 'SuspendConvention':
        return <SuspendConventionForm partnershipId={partnershipId} version={version} onDone={onDone} />;
      case 'TerminateConvention':
        return (
          <TerminateConventionForm
            partnershipId={partnershipId}
            step={step}
            convention={convention}
            onDone={onDone}
          />
        );
    }
  };
  return (
    <FormDialog openLabel={openLabel(t, move, convention)} title={title} settled={settled}>
      {form}
    </FormDialog>
  );
}

/** The words of the button that opens a move's form: what the move does. */
function openLabel(t: TFunction, move: FormMoveName, convention: Convention): string {
  switch (move) {
    case 'BringConventionIntoForce':
      return t('convention.life.bringIntoForce');
    case 'ObjectToTacitRenewal':
      return t('convention.life.object');
    case 'RenewConvention':
      return t('convention.life.renewOpen');
    case 'SuspendConvention':
      return t('convention.life.suspend');
    case 'TerminateConvention':
      return isBindingConventionState(convention.state)
        ? t('convention.terminate.submit')
        : t('convention.abandon.submit');
  }
}

function moveTitle(t: TFunction, move: LifeMoveName, convention: Convention): string {
  if (move === 'TerminateConvention' && !isBindingConventionState(convention.state))
    return t('convention.life.moves.abandon');
  return t(`convention.life.moves.${move}`);
}

/** At the expiry date, without renewal, a party records that the convention ended. */
function ExpireMove({
  partnershipId,
  version,
  expiresOn,
  onDone,
}: {
  partnershipId: string;
  version: number;
  expiresOn: string | null;
  onDone: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const expire = useExpireConvention(partnershipId);
  return (
    <>
      <p className="muted">
        {expiresOn
          ? t('convention.life.expireIntro', { date: formatCalendarDate(expiresOn, i18n.language) })
          : t('convention.life.expireIntroNoDate')}
      </p>
      <CommandButton
        label={t('convention.life.expire')}
        mutation={expire}
        input={{ version }}
        onDone={() => onDone(t('convention.life.expired'))}
      />
    </>
  );
}

function ResumeMove({
  partnershipId,
  version,
  onDone,
}: {
  partnershipId: string;
  version: number;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const resume = useResumeConvention(partnershipId);
  return (
    <CommandButton
      label={t('convention.life.resume')}
      mutation={resume}
      input={{ version }}
      onDone={() => onDone(t('convention.life.resumed'))}
    />
  );
}
