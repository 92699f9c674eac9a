import * as Dialog from '@radix-ui/react-dialog';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { OUTBOX_PATH } from '../../../lib/partnership-paths';
import { useSignOut } from '../api/sign-out';

/**
 * Ends the session and goes back to the public home page. When records made on this device still wait to be
 * sent (`waitingOnDevice`), it first says that they stay on the device and leave at the next sign-in on it,
 * and asks: a partner leaving a shared phone should know where the field work went.
 */
export function SignOutButton({ waitingOnDevice = 0 }: { waitingOnDevice?: number }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // Staying gives the focus back to the button; leaving for the outbox or signing out moves elsewhere.
  const staying = useRef(true);
  const end = () => {
    void navigate('/');
    signOut.mutate();
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className="button button--quiet"
        disabled={signOut.isPending}
        onClick={() => {
          staying.current = true;
          if (waitingOnDevice > 0) setAsking(true);
          else end();
        }}
      >
        {t('session.signOut')}
      </button>
      <Dialog.Root open={asking} onOpenChange={setAsking}>
        <Dialog.Portal>
          <Dialog.Overlay className="dialog-overlay" />
          <Dialog.Content
            className="dialog"
            role="alertdialog"
            onCloseAutoFocus={(event) => {
              event.preventDefault();
              if (staying.current) button.current?.focus();
            }}
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
                  staying.current = false;
                  setAsking(false);
                }}
              >
                {t('session.signOutWaiting.see')}
              </Link>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => {
                  staying.current = false;
                  setAsking(false);
                  end();
                }}
              >
                {t('session.signOutWaiting.confirm')}
              </button>
            </div>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </>
  );
}
