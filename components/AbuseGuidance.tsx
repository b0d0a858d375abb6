import { t } from '../lib/i18n';

export interface AbuseGuidanceProps {
  steps: readonly string[];
  replyAllowed: boolean;
}

/** The pack's guidance for abuse or trolling: don't feed it. */
export function AbuseGuidance({ steps, replyAllowed }: AbuseGuidanceProps) {
  return (
    <section className="abuse" aria-labelledby="abuse-title" data-testid="abuse-guidance">
      <h2 id="abuse-title">{t('compose_abuse_heading')}</h2>
      <ol className="abuse__steps">
        {steps.map((step, index) => (
          <li key={index}>{step}</li>
        ))}
      </ol>
      <p className="abuse__reply">
        {replyAllowed ? t('compose_abuse_reply_allowed') : t('compose_abuse_no_reply')}
      </p>
    </section>
  );
}
