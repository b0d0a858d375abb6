import { t } from '../lib/i18n';
import type { OptionsSection } from '../lib/options/data-section';

export interface SectionNavProps {
  current: OptionsSection;
}

const ITEMS = [
  { section: 'packs', key: 'packs_heading' },
  { section: 'sites', key: 'options_sites_heading' },
  { section: 'data', key: 'data_heading' },
] as const satisfies readonly { section: OptionsSection; key: string }[];

/**
 * The options page's sections as links to `#packs`, `#sites` and `#data`: plain links, so Tab and Enter,
 * the back button and bookmarks all work, and the URL says which section is open.
 */
export function SectionNav({ current }: SectionNavProps) {
  return (
    <nav className="section-nav" aria-label={t('data_sections_label')}>
      <ul>
        {ITEMS.map((item) => (
          <li key={item.section}>
            <a
              href={`#${item.section}`}
              className="section-nav__link"
              aria-current={item.section === current ? 'page' : undefined}
            >
              {t(item.key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
