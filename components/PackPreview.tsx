import { memo, useId, useMemo, useState } from 'react';
import { t, uiLanguage } from '../lib/i18n';
import { usePreviewCompose } from '../lib/options/packs-compose';
import type { PlatformId } from '../lib/platforms';
import { check } from '../lib/rules/engine';
import type { CheckContext } from '../lib/rules/types';
import { PLATFORM_OPTIONS } from '../lib/store/options';
import type { VoicePack } from '../lib/voice/schema';
import { AnalysisSummary } from './AnalysisSummary';
import { shapeLabel } from './compose-labels';
import { PackPreviewFindings } from './PackPreviewFindings';

export interface PackPreviewProps {
  /** The pack as edited (its last valid state while the text is invalid). */
  pack: VoicePack | undefined;
}

/** Try the pack as edited: a sample reply gets its findings, a customer message its suggestions. */
function PackPreviewView({ pack }: PackPreviewProps) {
  const id = useId();
  const [platform, setPlatform] = useState<PlatformId>('x');
  const [customerName, setCustomerName] = useState('');
  const [reply, setReply] = useState('');
  const [message, setMessage] = useState('');
  const findings = useMemo(() => {
    if (pack === undefined || reply.trim() === '') return [];
    const context: CheckContext = { platform, locale: uiLanguage() };
    if (customerName.trim() !== '') context.customerName = customerName.trim();
    return check(reply, pack, context);
  }, [pack, reply, platform, customerName]);
  const compose = usePreviewCompose(message, pack, platform, customerName);

  return (
    <section className="pack-preview" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('packs_preview_heading')}</h3>
      <p className="pack-preview__intro">{t('packs_preview_intro')}</p>
      <div className="pack-preview__context">
        <label htmlFor={`${id}-platform`}>{t('packs_preview_platform')}</label>
        <select
          id={`${id}-platform`}
          value={platform}
          onChange={(event) => setPlatform(event.target.value as PlatformId)}
        >
          {PLATFORM_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-name`}>{t('packs_preview_customer_name')}</label>
        <input
          id={`${id}-name`}
          type="text"
          value={customerName}
          onChange={(event) => setCustomerName(event.target.value)}
        />
      </div>
      <div className="pack-preview__columns">
        <div className="pack-preview__column">
          <label htmlFor={`${id}-reply`}>{t('packs_preview_reply')}</label>
          <textarea
            id={`${id}-reply`}
            rows={5}
            value={reply}
            onChange={(event) => setReply(event.target.value)}
          />
          <div aria-live="polite" data-testid="pack-preview-findings">
            <PackPreviewFindings text={reply} findings={findings} />
          </div>
        </div>
        <div className="pack-preview__column">
          <label htmlFor={`${id}-message`}>{t('packs_preview_message')}</label>
          <textarea
            id={`${id}-message`}
            rows={5}
            value={message}
            onChange={(event) => setMessage(event.target.value)}
          />
          <div aria-live="polite" data-testid="pack-preview-compose">
            {compose.status === 'loading' ? (
              <p className="pack-preview__muted">{t('packs_preview_reading')}</p>
            ) : null}
            {compose.status === 'failed' ? (
              <p className="field__error" role="alert">
                {t('packs_preview_failed', { reason: compose.message })}
              </p>
            ) : null}
            {compose.status === 'done' ? (
              <>
                <AnalysisSummary analysis={compose.result.analysis} />
                {compose.result.suggestions.length === 0 ? (
                  <p className="pack-preview__muted">{t('packs_preview_no_suggestions')}</p>
                ) : (
                  <ol
                    className="pack-preview__suggestions"
                    aria-label={t('packs_preview_suggestions_label')}
                  >
                    {compose.result.suggestions.map((suggestion, index) => (
                      <li
                        key={`${suggestion.shape}-${index}`}
                        className="suggestion"
                        data-testid="pack-preview-suggestion"
                        data-shape={suggestion.shape}
                      >
                        <p className="suggestion__label">
                          {t('compose_suggestion_label', {
                            number: index + 1,
                            shape: shapeLabel(suggestion.shape),
                          })}
                        </p>
                        <p className="suggestion__text">{suggestion.text}</p>
                      </li>
                    ))}
                  </ol>
                )}
              </>
            ) : null}
          </div>
        </div>
      </div>
    </section>
  );
}

/** Rendered again only when the pack changes (not on every keystroke that has not reached it yet). */
export const PackPreview = memo(PackPreviewView);
