import { t } from '../lib/i18n';
import type { PackRow, PackRowKind } from '../lib/options/packs-model';
import type { PackEntryId } from '../lib/packs/types';

export interface PackListProps {
  rows: PackRow[];
  selected: PackEntryId;
  fallback: PackEntryId;
  onSelect: (entry: PackEntryId) => void;
}

const KIND_KEYS = {
  builtin: 'packs_kind_builtin',
  managed: 'packs_kind_managed',
  local: 'packs_kind_local',
  subscription: 'packs_kind_subscription',
} as const satisfies Record<PackRowKind, string>;

/** The library's packs; choosing one opens it below. */
export function PackList({ rows, selected, fallback, onSelect }: PackListProps) {
  return (
    <ul className="pack-library" aria-label={t('packs_list_label')}>
      {rows.map((row) => {
        const invalid = row.problems.length > 0;
        return (
          <li key={row.entry} className="pack-library__row" data-entry={row.entry}>
            <button
              type="button"
              className="pack-library__button"
              aria-current={row.entry === selected ? 'true' : undefined}
              onClick={() => onSelect(row.entry)}
            >
              <span className="pack-library__name">
                {row.version
                  ? t('packs_name_version', { name: row.name, version: row.version })
                  : row.name}
              </span>
              <span className="pack-library__kind">{t(KIND_KEYS[row.kind])}</span>
              {row.entry === fallback ? (
                <span className="pack-library__fallback">{t('packs_list_fallback')}</span>
              ) : null}
              {invalid ? (
                <span className="pack-library__invalid">
                  {row.source === 'last-good' && row.version
                    ? t('packs_list_invalid_keeps', { version: row.version })
                    : t('packs_list_invalid')}
                </span>
              ) : null}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
