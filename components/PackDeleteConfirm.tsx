import { useEffect, useId, useRef } from 'react';
import { t } from '../lib/i18n';

export interface PackDeleteConfirmProps {
  name: string;
  /** The assignment rules that go with the pack, in words. */
  rules: string[];
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before a pack is deleted, and says which assignment rules go with it. */
export function PackDeleteConfirm({ name, rules, onConfirm, onCancel }: PackDeleteConfirmProps) {
  const id = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  // Focus on the harmless answer: Enter pressed out of habit keeps the pack.
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div
      className="pack-delete"
      role="group"
      aria-labelledby={`${id}-question`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <p id={`${id}-question`} className="pack-delete__question">
        {t('packs_delete_question', { name })}
      </p>
      {rules.length > 0 ? (
        <>
          <p>{t('packs_delete_rules')}</p>
          <ul className="pack-delete__rules">
            {rules.map((rule, index) => (
              <li key={index}>{rule}</li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="pack-delete__actions">
        <button type="button" className="button button--danger" onClick={onConfirm}>
          {t('packs_delete_confirm')}
        </button>
        <button type="button" className="button" ref={cancel} onClick={onCancel}>
          {t('packs_delete_cancel')}
        </button>
      </div>
    </div>
  );
}
