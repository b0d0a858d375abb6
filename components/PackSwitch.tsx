import { useId } from 'react';
import { t } from '../lib/i18n';
import type { ActiveReason, Assignment, PackChoice, PackEntryId } from '../lib/packs/types';
import { platformLabel } from '../lib/platforms/limits';
import './pack-switch.css';

export interface PackSwitchProps {
  /** The pack in use. */
  name: string;
  version?: string;
  reason: ActiveReason;
  /** The rule that picked the pack, when `reason` is `assignment`. */
  assignment: Assignment | null;
  /** The choice in effect: an entry, or null for automatic. */
  choice: PackEntryId | null;
  /** What automatic mode picks here. */
  automatic: PackChoice;
  choices: readonly PackChoice[];
  /** The administrator locked the packs. */
  locked: boolean;
  onChoose: (entry: PackEntryId | null) => void;
}

const AUTOMATIC = '';

function nameWithVersion(name: string, version: string | undefined): string {
  return version === undefined ? name : t('panel_pack_name_version', { name, version });
}

function assignmentText(rule: Assignment | null): string {
  const account = rule?.account?.replace(/^@/, '');
  const platform = rule?.platform === undefined ? undefined : platformLabel(rule.platform);
  if (account !== undefined && platform !== undefined)
    return t('panel_pack_reason_account_platform', { account, platform });
  if (account !== undefined) return t('panel_pack_reason_account', { account });
  if (platform !== undefined) return t('panel_pack_reason_platform', { platform });
  return t('panel_pack_reason_everywhere');
}

/** Why the pack in use is the one, in the user's words. */
export function reasonText(reason: ActiveReason, assignment: Assignment | null): string {
  switch (reason) {
    case 'choice':
      return t('panel_pack_reason_choice');
    case 'assignment':
      return assignmentText(assignment);
    case 'fallback':
      return t('panel_pack_reason_fallback');
    case 'managed':
      return t('managed_locked');
    case 'default':
      return t('panel_pack_reason_builtin');
  }
}

function LockIcon() {
  return (
    <svg
      className="pack-switch__lock"
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
    >
      <path
        fill="currentColor"
        d="M4 7V5a4 4 0 1 1 8 0v2h.5A1.5 1.5 0 0 1 14 8.5v5a1.5 1.5 0 0 1-1.5 1.5h-9A1.5 1.5 0 0 1 2 13.5v-5A1.5 1.5 0 0 1 3.5 7H4Zm2 0h4V5a2 2 0 1 0-4 0v2Z"
      />
    </svg>
  );
}

/**
 * The pack in use (name, version, why) and the quick switch: a native select, so it works with
 * the keyboard and screen readers as every select does. Locked by the administrator, it stays
 * visible but disabled, and says why.
 */
export function PackSwitch({
  name,
  version,
  reason,
  assignment,
  choice,
  automatic,
  choices,
  locked,
  onChoose,
}: PackSwitchProps) {
  const id = useId();
  const selectId = `${id}-select`;
  const lockId = `${id}-lock`;
  const known = choice !== null && choices.some((c) => c.entry === choice);
  const value = known ? choice : AUTOMATIC;
  // Locked, "Set by your organisation" is said once, by the lock.
  const why = locked && reason === 'managed' ? null : reasonText(reason, assignment);
  return (
    <section className="pack-switch" aria-label={t('panel_pack_region')} data-testid="pack-switch">
      <p className="pack-switch__active" aria-live="polite" data-testid="active-pack">
        <span className="pack-switch__name">{nameWithVersion(name, version)}</span>
        {why === null ? null : (
          <span className="pack-switch__reason" data-testid="active-pack-reason">
            {why}
          </span>
        )}
      </p>
      <div className="pack-switch__control">
        <label htmlFor={selectId}>{t('panel_pack_switch_label')}</label>
        <select
          id={selectId}
          value={value}
          // Locked, the organisation's packs can still be picked when there are several.
          disabled={locked && choices.length < 2}
          {...(locked ? { 'aria-describedby': lockId } : {})}
          onChange={(event) =>
            onChoose(event.target.value === AUTOMATIC ? null : event.target.value)
          }
        >
          <option value={AUTOMATIC}>
            {t('panel_pack_automatic', {
              pack: nameWithVersion(automatic.name, automatic.version),
            })}
          </option>
          {choices.map((c) => (
            <option key={c.entry} value={c.entry} disabled={!c.usable}>
              {c.usable
                ? nameWithVersion(c.name, c.version)
                : t('panel_pack_unusable', { pack: c.name })}
            </option>
          ))}
        </select>
        {locked ? (
          <p className="pack-switch__locked" id={lockId} data-testid="pack-switch-locked">
            <LockIcon />
            <span>{t('managed_locked')}</span>
          </p>
        ) : null}
      </div>
    </section>
  );
}
