import * as Dialog from '@radix-ui/react-dialog';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormSuccess } from './form';

interface FormDialogProps {
  /** The words of the button that opens the form ("Ajouter une ligne budgétaire"). */
  openLabel: string;
  /**
   * The button's accessible name when several such buttons sit on one page ("Enregistrer une mesure : Jeunes
   * formés"); it starts with `openLabel`, so that what is seen is what is spoken.
   */
  openName?: string;
  /** The dialog's title, also the accessible name of the form inside. */
  title: string;
  /** One line under the title, saying what the form is for; optional. */
  description?: string;
  /** A primary button for the page's main act, a plain one otherwise. */
  emphasis?: 'primary' | 'secondary';
  /**
   * The form. It calls `done(message)` once its write has succeeded: the dialog closes, the focus returns to
   * the opening button, and the message is announced beside it.
   */
  children: (done: (message: string) => void) => ReactNode;
  /**
   * For an act whose success removes its own button (a tranche once received, a draft once submitted): the
   * message goes to the page instead of beside the button, and the focus to what stays (a heading) rather
   * than to a button about to vanish.
   */
  settled?: { announce: (message: string) => void; focus: () => HTMLElement | null };
}

/**
 * One act of a page as a button that opens its focused form in a modal dialog (Radix Dialog: focus kept
 * inside, Escape and the close button close it, the focus returns to the button). A page thus reads first —
 * what is there and what comes next — instead of stacking every form open. Once something is typed or
 * chosen, closing without saving asks first: an Escape pressed by habit never throws away a written report.
 */
export function FormDialog({
  openLabel,
  openName,
  title,
  description,
  emphasis = 'secondary',
  children,
  settled,
}: FormDialogProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | undefined>();
  // Whether the dialog closes on a success, for `settled` to take the focus then (not on Escape).
  const [succeeded, setSucceeded] = useState(false);
  // Something typed or chosen in the form since it opened, and whether closing is being asked about.
  const [edited, setEdited] = useState(false);
  const [askingToDiscard, setAskingToDiscard] = useState(false);
  const close = () => {
    setEdited(false);
    setAskingToDiscard(false);
    setOpen(false);
  };
  const done = (message: string) => {
    if (settled) {
      setSucceeded(true);
      settled.announce(message);
    } else setNotice(message);
    close();
  };
  return (
    <div className="form-dialog">
      <Dialog.Root
        open={open}
        onOpenChange={(next) => {
          if (!next) {
            if (edited) setAskingToDiscard(true);
            else close();
            return;
          }
          setOpen(true);
          setNotice(undefined);
          setSucceeded(false);
        }}
      >
        <Dialog.Trigger asChild>
          <button
            type="button"
            className={`button${emphasis === 'primary' ? ' button--primary' : ''}`}
            {...(openName ? { 'aria-label': openName } : {})}
          >
            {openLabel}
          </button>
        </Dialog.Trigger>
        <Dialog.Portal>
          <Dialog.Overlay className="dialog-overlay" />
          <Dialog.Content
            className="dialog"
            // React's change events bubble from every field (typed text, a choice, a file); listening to the raw
            // `input` event instead would re-render a select before its own change and undo the choice.
            onChange={() => setEdited(true)}
            onCloseAutoFocus={(event) => {
              if (!succeeded || !settled) return;
              setSucceeded(false);
              const target = settled.focus();
              if (!target) return;
              event.preventDefault();
              target.focus();
            }}
            // Without a description, the dialog is described by nothing rather than by a missing id.
            {...(description ? {} : { 'aria-describedby': undefined })}
          >
            <div className="dialog__header">
              <Dialog.Title className="dialog__title">{title}</Dialog.Title>
              <Dialog.Close asChild>
                <button type="button" className="button button--quiet button--small">
                  {t('common.close')}
                </button>
              </Dialog.Close>
            </div>
            {description && <Dialog.Description className="muted">{description}</Dialog.Description>}
            {children(done)}
            <DiscardQuestion
              open={askingToDiscard}
              onKeep={() => setAskingToDiscard(false)}
              onDiscard={close}
            />
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
      <FormSuccess message={notice} />
    </div>
  );
}

/** Asks, over the form, whether to close it and lose what was entered; keeping on is the default. */
function DiscardQuestion({
  open,
  onKeep,
  onDiscard,
}: {
  open: boolean;
  onKeep: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && onKeep()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay dialog-overlay--question" />
        <Dialog.Content className="dialog dialog--question" role="alertdialog">
          <Dialog.Title className="dialog__title">{t('formDialog.discard.title')}</Dialog.Title>
          <Dialog.Description>{t('formDialog.discard.body')}</Dialog.Description>
          <div className="actions">
            <Dialog.Close asChild>
              <button type="button" className="button button--primary">
                {t('formDialog.discard.keep')}
              </button>
            </Dialog.Close>
            <button type="button" className="button button--quiet" onClick={onDiscard}>
              {t('formDialog.discard.discard')}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
