import { t } from '../i18n';
import { PLATFORM_IDS, type PlatformId } from '../platforms';
import { platformLabel } from '../platforms/limits';
import type { LanguageChoice } from './settings-slice';

export interface ChoiceOption<T extends string> {
  value: T;
  label: string;
}

/** A platform as the panel names it: platform names are names; "Other site" is words. */
export function platformName(id: PlatformId): string {
  return id === 'generic' ? t('panel_platform_other') : platformLabel(id);
}

// Labels are getters: read when the panel renders, not when the module loads.
export const PLATFORM_OPTIONS: readonly ChoiceOption<PlatformId>[] = PLATFORM_IDS.map((id) => ({
  value: id,
  get label() {
    return platformName(id);
  },
}));

/** Each language in its own name, as people look for it. */
export const LANGUAGE_OPTIONS: readonly ChoiceOption<LanguageChoice>[] = [
  {
    value: 'auto',
    get label() {
      return t('panel_language_auto');
    },
  },
  { value: 'en', label: 'English' },
  { value: 'de', label: 'Deutsch' },
  { value: 'sv', label: 'Svenska' },
];
