import { t } from '../lib/i18n';

export interface OtherSitesLinkProps {
  href: string;
  onOpen: () => void;
}

/** Shown while the panel follows no reply box: leads to the options page's Sites section. */
export function OtherSitesLink({ href, onOpen }: OtherSitesLinkProps) {
  return (
    <p className="other-sites">
      <a
        href={href}
        target="_blank"
        rel="noreferrer"
        onClick={(event) => {
          event.preventDefault();
          onOpen();
        }}
      >
        {t('panel_other_sites')}
      </a>
    </p>
  );
}
