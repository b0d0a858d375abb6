import { useId } from 'react';
import { t } from '../lib/i18n';
import { moveAssignment, newAssignmentId } from '../lib/options/packs-model';
import type { PlatformId } from '../lib/platforms';
import { BUILTIN_ENTRY, type Assignment, type PackChoice } from '../lib/packs/types';
import { PLATFORM_OPTIONS, platformName } from '../lib/store/options';

export interface PackAssignmentsProps {
  rules: Assignment[];
  /** The packs a rule can name. */
  choices: PackChoice[];
  readOnly: boolean;
  onChange: (rules: Assignment[]) => void;
}

const ANY = '';

function packName(choices: PackChoice[], entry: string): string {
  const choice = choices.find((c) => c.entry === entry);
  return choice ? choice.name : entry;
}

/** "On X as @acme_help use Acme care", in words. */
export function describeAssignment(rule: Assignment, choices: PackChoice[]): string {
  return t('packs_rule_sentence', {
    platform: rule.platform ? platformName(rule.platform) : t('packs_rule_any_platform'),
    account: rule.account ? `@${rule.account}` : t('packs_rule_any_account'),
    pack: packName(choices, rule.entry),
  });
}

/** Which pack is used where: rules by site and by our account handle, the first match wins. */
export function PackAssignments({ rules, choices, readOnly, onChange }: PackAssignmentsProps) {
  const id = useId();
  const replace = (index: number, rule: Assignment) =>
    onChange(rules.map((r, i) => (i === index ? rule : r)));
  const usable = choices.filter((c) => c.usable);
  return (
    <section className="pack-rules" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('packs_rules_heading')}</h3>
      <p className="pack-rules__intro">{t('packs_rules_intro')}</p>
      {rules.length === 0 ? <p className="pack-rules__empty">{t('packs_rules_empty')}</p> : null}
      <ol className="pack-rules__list" aria-labelledby={`${id}-heading`}>
        {rules.map((rule, index) => {
          const n = index + 1;
          if (readOnly)
            return (
              <li key={rule.id} className="pack-rule">
                {describeAssignment(rule, choices)}
              </li>
            );
          const commitAccount = (raw: string) => {
            const account = raw.trim().replace(/^@/, '');
            if ((rule.account ?? '') === account) return;
            const next: Assignment = { id: rule.id, entry: rule.entry };
            if (rule.platform) next.platform = rule.platform;
            if (account !== '') next.account = account;
            replace(index, next);
          };
          return (
            <li key={rule.id} className="pack-rule" data-testid="pack-rule">
              <span className="pack-rule__words">{t('packs_rule_on')}</span>
              <select
                aria-label={t('packs_rule_platform_label', { n })}
                value={rule.platform ?? ANY}
                onChange={(event) => {
                  const next: Assignment = { ...rule };
                  if (event.target.value === ANY) delete next.platform;
                  else next.platform = event.target.value as PlatformId;
                  replace(index, next);
                }}
              >
                <option value={ANY}>{t('packs_rule_any_platform')}</option>
                {PLATFORM_OPTIONS.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
              <span className="pack-rule__words">{t('packs_rule_as')}</span>
              <input
                key={`${rule.id}-${rule.account ?? ''}`}
                type="text"
                aria-label={t('packs_rule_account_label', { n })}
                placeholder={t('packs_rule_any_account')}
                defaultValue={rule.account ?? ''}
                onBlur={(event) => commitAccount(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') commitAccount(event.currentTarget.value);
                }}
              />
              <span className="pack-rule__words">{t('packs_rule_use')}</span>
              <select
                aria-label={t('packs_rule_pack_label', { n })}
                value={rule.entry}
                onChange={(event) => replace(index, { ...rule, entry: event.target.value })}
              >
                {usable.some((c) => c.entry === rule.entry) ? null : (
                  <option value={rule.entry}>{packName(choices, rule.entry)}</option>
                )}
                {usable.map((choice) => (
                  <option key={choice.entry} value={choice.entry}>
                    {choice.name}
                  </option>
                ))}
              </select>
              <span className="pack-rule__actions">
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={t('packs_rule_up_label', { n })}
                  disabled={index === 0}
                  onClick={() => onChange(moveAssignment(rules, index, -1))}
                >
                  {t('packs_rule_up')}
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={t('packs_rule_down_label', { n })}
                  disabled={index === rules.length - 1}
                  onClick={() => onChange(moveAssignment(rules, index, 1))}
                >
                  {t('packs_rule_down')}
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={t('packs_rule_remove_label', { n })}
                  onClick={() => onChange(rules.filter((_, i) => i !== index))}
                >
                  {t('packs_rule_remove')}
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      {readOnly ? null : (
        <button
          type="button"
          className="button"
          onClick={() =>
            onChange([
              ...rules,
              {
                id: newAssignmentId(rules),
                entry: usable[usable.length - 1]?.entry ?? BUILTIN_ENTRY,
              },
            ])
          }
        >
          {t('packs_rule_add')}
        </button>
      )}
    </section>
  );
}
