import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSignOut } from '../api/sign-out';

const SignOutQuestion = lazy(() =>
  import('./sign-out-question').then((module) => ({ default: module.SignOutQuestion })),
);

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
  // Staying gives the focus back to the button, once the question has left the page (its focus trap with it).
  const focusButton = useRef(false);
  useEffect(() => {
    if (asking || !focusButton.current) return;
    focusButton.current = false;
    button.current?.focus();
  }, [asking]);
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
          if (waitingOnDevice > 0) setAsking(true);
          else end();
        }}
      >
        {t('session.signOut')}
      </button>
      {asking && (
        // The question is its own chunk: the Radix dialog it needs stays out of the sign-in page's first
        // download (docs/benchmarks.md: a partner on a slow connection), and the service worker keeps it
        // for offline use, when records wait on the device.
        <Suspense fallback={null}>
          <SignOutQuestion
            waitingOnDevice={waitingOnDevice}
            onStay={() => {
              focusButton.current = true;
              setAsking(false);
            }}
            onSeeOutbox={() => setAsking(false)}
            onSignOut={() => {
              setAsking(false);
              end();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
