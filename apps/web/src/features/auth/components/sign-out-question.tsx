import * as Dialog from '@radix-ui/react-dialog';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OUTBOX_PATH } from '../../../lib/partnership-paths';

/**
 * Asked before signing out while records made on this device wait to be sent: they stay on the device and
 * leave at the next sign-in on it. Staying is the default and gives the focus back to the sign-out button.
 */
export function SignOutQuestion({
  waitingOnDevice,
  onStay,
  onSeeOutbox,
  onSignOut,
}: {
  waitingOnDevice: number;
  onStay: () => void;
  onSeeOutbox: () => void;
  onSignOut: () => void;
}) {
  const { t } = useTranslation();
  // Closing by Escape, a click beside or « Rester » is staying; the two other ways out say so first.
  const leaving = useRef(false);
  return (
    <Dialog.Root open onOpenChange={(open) => !open && !leaving.current && onStay()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog"
          role="alertdialog"
          // The button the focus returns to is outside this chunk: the caller moves it.
          onCloseAutoFocus={(event) => event.preventDefault()}
        >
          <Dialog.Title className="dialog__title">{t('session.signOutWaiting.title')}</Dialog.Title>
          <Dialog.Description>
            {t('session.signOutWaiting.body', { count: waitingOnDevice })}
          </Dialog.Description>
          <div className="actions">
            <Dialog.Close asChild>
              <button type="button" className="button button--primary">
                {t('session.signOutWaiting.stay')}
              </button>
            </Dialog.Close>
            <Link
              to={OUTBOX_PATH}
              className="button"
              onClick={() => {
                leaving.current = true;
                onSeeOutbox();
              }}
            >
              {t('session.signOutWaiting.see')}
            </Link>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                leaving.current = true;
                onSignOut();
              }}
            >
              {t('session.signOutWaiting.confirm')}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
