import { useCallback, useEffect, useState } from 'react';

/** The options page's sections, in the order of its navigation. */
export const OPTIONS_SECTIONS = ['packs', 'sites', 'data'] as const;
export type OptionsSection = (typeof OPTIONS_SECTIONS)[number];

/**
 * `#packs` opens the voice packs, `#data` the customer data; anything else is the sites section
 * (the panel's "another site" link opens the page without a hash).
 */
export function sectionFromHash(hash: string): OptionsSection {
  const name = hash.replace(/^#/, '');
  return (OPTIONS_SECTIONS as readonly string[]).includes(name)
    ? (name as OptionsSection)
    : 'sites';
}

/**
 * The section the URL names, following the back button and links to `options.html#data` or `#packs` (the
 * side panel can send the user straight there).
 */
export function useSection(): [OptionsSection, (section: OptionsSection) => void] {
  const [section, setSection] = useState(() => sectionFromHash(location.hash));
  useEffect(() => {
    const follow = () => setSection(sectionFromHash(location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const open = useCallback((next: OptionsSection) => {
    if (location.hash !== `#${next}`) location.hash = next;
    setSection(next);
  }, []);
  return [section, open];
}
