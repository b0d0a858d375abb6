import { PLATFORM_IDS, type PlatformId } from '../platforms';
import { platformLabel } from '../platforms/limits';
import type { LanguageChoice } from './settings-slice';

export interface ChoiceOption<T extends string> {
  value: T;
  label: string;
}

export const PLATFORM_OPTIONS: readonly ChoiceOption<PlatformId>[] = PLATFORM_IDS.map((id) => ({
  value: id,
  label: platformLabel(id),
}));

/** Each language in its own name, as people look for it. */
export const LANGUAGE_OPTIONS: readonly ChoiceOption<LanguageChoice>[] = [
  { value: 'auto', label: 'Auto' },
  { value: 'en', label: 'English' },
  { value: 'de', label: 'Deutsch' },
  { value: 'sv', label: 'Svenska' },
];
