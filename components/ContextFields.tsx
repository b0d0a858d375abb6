import { t } from '../lib/i18n';

export interface Option<T extends string> {
  value: T;
  label: string;
}

export interface ContextFieldsProps<P extends string, L extends string> {
  platform: P;
  platforms: readonly Option<P>[];
  onPlatformChange: (platform: P) => void;
  language: L;
  languages: readonly Option<L>[];
  onLanguageChange: (language: L) => void;
  customerName: string;
  onCustomerNameChange: (name: string) => void;
  agentInitials: string;
  onAgentInitialsChange: (initials: string) => void;
}

/** Where the reply goes and to whom: platform, language and the customer's name. */
export function ContextFields<P extends string, L extends string>(props: ContextFieldsProps<P, L>) {
  const { platform, platforms, language, languages, customerName, agentInitials } = props;
  return (
    <fieldset className="context">
      <legend className="visually-hidden">{t('panel_context_legend')}</legend>
      <div className="field">
        <label htmlFor="platform">{t('panel_platform_label')}</label>
        <select
          id="platform"
          value={platform}
          onChange={(event) =>
            props.onPlatformChange(
              platforms.find((option) => option.value === event.target.value)?.value ?? platform,
            )
          }
        >
          {platforms.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="language">{t('panel_language_label')}</label>
        <select
          id="language"
          value={language}
          onChange={(event) =>
            props.onLanguageChange(
              languages.find((option) => option.value === event.target.value)?.value ?? language,
            )
          }
        >
          {languages.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field field--name">
        <label htmlFor="customer-name">
          {t('panel_customer_name_label')}{' '}
          <span className="field__optional">{t('panel_optional')}</span>
        </label>
        <input
          id="customer-name"
          type="text"
          value={customerName}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('panel_customer_name_placeholder')}
          onChange={(event) => props.onCustomerNameChange(event.target.value)}
        />
      </div>
      <div className="field field--initials">
        <label htmlFor="agent-initials">
          {t('panel_initials_label')} <span className="field__optional">{t('panel_optional')}</span>
        </label>
        <input
          id="agent-initials"
          type="text"
          value={agentInitials}
          autoComplete="off"
          spellCheck={false}
          maxLength={4}
          placeholder={t('panel_initials_placeholder')}
          aria-describedby="agent-initials-hint"
          onChange={(event) => props.onAgentInitialsChange(event.target.value)}
        />
        <span id="agent-initials-hint" className="visually-hidden">
          {t('panel_initials_hint')}
        </span>
      </div>
    </fieldset>
  );
}
