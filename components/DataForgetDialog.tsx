import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { t } from '../lib/i18n';
import { confirmsName } from '../lib/options/data-format';

export interface ForgetDialogProps {
  /** The contact's name as stored: page text, shown as text and typed back to confirm. */
  name: string;
  identities: number;
  conversations: number;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), [href], [tabindex="0"]';

/**
 * "Forget this contact" asks twice: the name typed back, then the button. A modal dialog: focus
 * moves in, Tab stays inside, Escape cancels; the caller puts the focus back where it was.
 */
export function ForgetDialog({
  name,
  identities,
  conversations,
  busy,
  onConfirm,
  onCancel,
}: ForgetDialogProps) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const box = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const confirmed = confirmsName(typed, name);

  useEffect(() => {
    input.current?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      if (!busy) onCancel();
      return;
    }
    if (event.key !== 'Tab' || !box.current) return;
    const items = [...box.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="data-dialog__backdrop">
      <div
        ref={box}
        className="data-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-what`}
        onKeyDown={onKeyDown}
      >
        <h2 id={`${id}-title`}>{t('data_forget_title', { name })}</h2>
        <p id={`${id}-what`}>{t('data_forget_what', { identities, conversations })}</p>
        <form
          className="field"
          onSubmit={(event) => {
            event.preventDefault();
            if (confirmed && !busy) onConfirm();
          }}
        >
          <label htmlFor={`${id}-name`}>{t('data_forget_type_name', { name })}</label>
          <input
            id={`${id}-name`}
            ref={input}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
          <div className="data-dialog__actions">
            <button type="button" className="button" onClick={onCancel} disabled={busy}>
              {t('data_cancel')}
            </button>
            <button type="submit" className="button button--danger" disabled={!confirmed || busy}>
              {busy ? t('data_forgetting') : t('data_forget_confirm')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
