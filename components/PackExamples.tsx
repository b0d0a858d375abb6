import { memo, useMemo } from 'react';
import { t, uiLanguage } from '../lib/i18n';
import { runPackExamples } from '../lib/rules/pack-examples';
import type { VoicePack } from '../lib/voice/schema';

export interface PackExamplesProps {
  /** The pack as edited; undefined while it never was valid. */
  pack: VoicePack | undefined;
  /** The edited text is invalid and `pack` is its last valid version. */
  stale: boolean;
}

/** The pack's example replies run through the check on every edit, with pass or fail and why. */
function PackExamplesView({ pack, stale }: PackExamplesProps) {
  const results = useMemo(
    () => (pack ? runPackExamples(pack, { locale: uiLanguage() }) : []),
    [pack],
  );
  const passed = results.filter((result) => result.passed).length;
  const summary =
    pack === undefined
      ? t('packs_tests_no_pack')
      : results.length === 0
        ? t('packs_tests_none')
        : t('packs_tests_summary', { passed, total: results.length });
  return (
    <section className="pack-tests" aria-labelledby="pack-tests-heading">
      <h3 id="pack-tests-heading">{t('packs_tests_heading')}</h3>
      <p
        className={`pack-tests__summary${results.length > 0 && passed === results.length ? ' pack-tests__summary--pass' : ''}`}
        aria-live="polite"
        data-testid="pack-tests-summary"
      >
        {summary}
        {stale && pack !== undefined ? ` ${t('packs_tests_stale')}` : ''}
      </p>
      {results.length > 0 ? (
        <ol className="pack-tests__list">
          {results.map((result) => (
            <li
              key={result.index}
              className={`pack-test pack-test--${result.passed ? 'pass' : 'fail'}`}
              data-testid="pack-test"
              data-passed={result.passed}
            >
              <span className={`badge badge--${result.passed ? 'pass' : 'error'}`}>
                {result.passed ? t('packs_test_pass') : t('packs_test_fail')}
              </span>{' '}
              <span className="pack-test__expect">
                {result.example.expect === 'pass'
                  ? t('packs_test_expect_pass')
                  : t('packs_test_expect_trips', { rules: result.example.expect.trips.join(', ') })}
              </span>
              <p className="pack-test__text">{result.example.text}</p>
              {result.example.note ? (
                <p className="pack-test__note">{result.example.note}</p>
              ) : null}
              {result.passed ? null : <p className="pack-test__why">{result.explanation}</p>}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}

/** Rendered again only when the pack changes (not on every keystroke that has not reached it yet). */
export const PackExamples = memo(PackExamplesView);
