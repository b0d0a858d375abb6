import type { UiLanguage } from '../i18n/types';
import type { Language } from '../voice/schema';
import type { PlatformId } from '../platforms';

export type Category = 'brand' | 'accessibility' | 'inclusive' | 'human' | 'length';
export type Severity = 'error' | 'warning' | 'suggestion';

/** A replacement of `text.slice(start, end)` by `replacement`. Offsets are UTF-16 code units. */
export interface Fix {
  label: string;
  start: number;
  end: number;
  replacement: string;
}

export interface Finding {
  /** Namespaced by category, e.g. `human.form-letter` or `brand.custom.no-cheap`. */
  ruleId: string;
  category: Category;
  severity: Severity;
  /** UTF-16 offsets into the checked text, always on code-point boundaries. */
  start: number;
  end: number;
  message: string;
  /** One sentence on why this matters. */
  why: string;
  /** Source for built-in rules; the pack's link for custom rules. */
  link?: string;
  fixes: Fix[];
}

export interface CheckContext {
  platform?: PlatformId;
  /** The language of the reply being checked; detected from the text when absent. */
  language?: Language;
  /**
   * The language the findings' messages, explanations and fix labels are written in: the person
   * replying reads them (the panel passes its UI language). English when absent.
   */
  locale?: UiLanguage;
  /** The customer's display name, when the page shows it. */
  customerName?: string;
  /** True when we have spoken to this customer before (customer memory). */
  returning?: boolean;
  /** Replies we sent recently to other people, newest first (repeated-reply rule). */
  recentReplies?: readonly string[];
  /** The person replying, for the sign-off template. */
  agent?: { name?: string; initials?: string };
}
