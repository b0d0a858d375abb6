import type { EscalationMatch, PlaybookRef } from '../lib/compose/types';
import { t } from '../lib/i18n';
import { cueLabel, playbookSeverityLabel } from './compose-labels';

export interface EscalationGuidanceProps {
  matches: readonly EscalationMatch[];
  /** Puts the holding reply into the reply box; absent when there is none to insert into. */
  onInsertHolding?: (text: string) => void;
}

interface Group {
  playbook?: PlaybookRef;
  matches: EscalationMatch[];
}

/** One group per playbook (several cues may share one); cues without a playbook stand alone. */
function groups(matches: readonly EscalationMatch[]): Group[] {
  const out: Group[] = [];
  for (const match of matches) {
    const same = match.playbook && out.find((g) => g.playbook?.id === match.playbook!.id);
    if (same) same.matches.push(match);
    else out.push({ ...(match.playbook ? { playbook: match.playbook } : {}), matches: [match] });
  }
  return out;
}

/**
 * The pack's playbook for a message that needs more than a reply, shown before everything else.
 * A region with a heading (not a live alert): it appears with the message, so it is announced by
 * the status line, and stays readable at the reader's pace.
 */
export function EscalationGuidance({ matches, onInsertHolding }: EscalationGuidanceProps) {
  return (
    <section className="escalation" aria-labelledby="escalation-title" data-testid="escalation">
      <h2 id="escalation-title">{t('compose_escalation_heading')}</h2>
      {groups(matches).map((group, index) => {
        const { playbook } = group;
        const stepsId = `escalation-steps-${index}`;
        return (
          <article
            key={playbook?.id ?? `cue-${index}`}
            className={`playbook playbook--${playbook?.severity ?? 'high'}`}
            aria-labelledby={`playbook-${index}`}
            data-playbook={playbook?.id}
          >
            <h3 id={`playbook-${index}`}>{playbook?.label ?? cueLabel(group.matches[0]!.cue)}</h3>
            {playbook ? (
              <p className="playbook__severity">
                {t('compose_escalation_severity', {
                  severity: playbookSeverityLabel(playbook.severity),
                })}
              </p>
            ) : null}
            <ul className="playbook__cues">
              {group.matches.map((match) => (
                <li key={match.cue}>
                  {t('compose_escalation_cue', {
                    cue: cueLabel(match.cue),
                    evidence: match.evidence,
                  })}
                </li>
              ))}
            </ul>
            {playbook ? (
              <>
                <h4 id={stepsId}>{t('compose_escalation_steps')}</h4>
                <ol className="playbook__steps" aria-labelledby={stepsId}>
                  {playbook.steps.map((step, i) => (
                    <li key={i}>{step}</li>
                  ))}
                </ol>
                {playbook.handOffTo ? (
                  <p className="playbook__hand-off">
                    {t('compose_escalation_hand_off', { who: playbook.handOffTo })}
                  </p>
                ) : null}
                {playbook.holdingReply ? (
                  <div className="playbook__holding">
                    <h4>{t('compose_escalation_holding')}</h4>
                    <p className="playbook__holding-text" data-testid="holding-reply">
                      {playbook.holdingReply}
                    </p>
                    {onInsertHolding ? (
                      <button
                        type="button"
                        className="button button--primary"
                        aria-label={t('compose_insert_holding_label')}
                        onClick={() => onInsertHolding(playbook.holdingReply!)}
                      >
                        {t('compose_insert')}
                      </button>
                    ) : null}
                  </div>
                ) : null}
              </>
            ) : (
              <p className="playbook__missing">{t('compose_escalation_no_playbook')}</p>
            )}
          </article>
        );
      })}
    </section>
  );
}
