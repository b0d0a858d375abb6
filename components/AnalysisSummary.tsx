import type { Analysis } from '../lib/compose/types';
import { t } from '../lib/i18n';
import { intensityLabel, intentLabel, languageLabel, signalLabels } from './compose-labels';

export interface AnalysisSummaryProps {
  analysis: Analysis;
}

/** What the customer's message is about and how it is felt, in words. */
export function AnalysisSummary({ analysis }: AnalysisSummaryProps) {
  const { language, languageDetected, intent, secondaryIntent, intensity, signals, entities } =
    analysis;
  const languageText = languageDetected
    ? languageLabel(language)
    : t('compose_analysis_language_assumed', { language: languageLabel(language) });
  const intentText = secondaryIntent
    ? t('compose_analysis_intent_two', {
        first: intentLabel(intent),
        second: intentLabel(secondaryIntent),
      })
    : intentLabel(intent);
  const signalWords = signalLabels(signals);
  const intensityText =
    signalWords.length > 0
      ? t('compose_analysis_intensity_signals', {
          intensity: intensityLabel(intensity),
          signals: signalWords.join(', '),
        })
      : intensityLabel(intensity);
  const entityRows: [string, string[]][] = [
    [t('compose_entity_names'), entities.names],
    [t('compose_entity_orders'), entities.orderNumbers],
    [t('compose_entity_products'), entities.products],
    [t('compose_entity_dates'), entities.dates],
    [t('compose_entity_emails'), entities.emails],
  ];
  return (
    <section
      className="analysis"
      aria-labelledby="analysis-title"
      data-testid="analysis"
      data-intent={intent}
      data-intensity={intensity}
      data-language={language}
    >
      <h2 id="analysis-title">{t('compose_analysis_heading')}</h2>
      <dl className="analysis__facts">
        <div>
          <dt>{t('compose_analysis_intent')}</dt>
          <dd>{intentText}</dd>
        </div>
        <div>
          <dt>{t('compose_analysis_intensity')}</dt>
          <dd className={`analysis__intensity analysis__intensity--${intensity}`}>
            {intensityText}
          </dd>
        </div>
        <div>
          <dt>{t('compose_analysis_language')}</dt>
          <dd>{languageText}</dd>
        </div>
        {analysis.topic ? (
          <div>
            <dt>{t('compose_analysis_topic')}</dt>
            <dd>{analysis.topic}</dd>
          </div>
        ) : null}
        {entityRows
          .filter(([, values]) => values.length > 0)
          .map(([label, values]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{values.join(', ')}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
