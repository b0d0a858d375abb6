import type { Intent } from '../../voice/taxonomy';
import type { Cues } from './escalation';
import { clamp, type IntensityReading, levelOf } from './intensity';

/**
 * What an escalation cue says about the rest of the reading. A legal threat or a large audience
 * used as leverage is an angry complaint even in polite words; a burn or a rash is distressing;
 * a self-harm cue is always distress. Without these, "I have spoken to my solicitor." reads as
 * a calm mention.
 */
export function applyCues(
  cues: Cues,
  scores: Record<Intent, number>,
  feeling: IntensityReading,
  text: string,
): { feeling: IntensityReading; askedForComment: boolean } {
  const has = (cue: Parameters<Cues['get']>[0]) => cues.has(cue);
  const asking = text.includes('?');
  // Something went wrong badly enough to escalate: a complaint unless a domain says more.
  if (has('legal') || has('safety') || has('privacy')) scores.complaint += 2;
  // A journalist asking for comment asks a question; an audience as leverage complains.
  const askedForComment =
    has('press') &&
    asking &&
    /journalist|reporter|redaktion|for comment|stellungnahme|kommentar/i.test(text);
  if (has('press') && !askedForComment) scores.complaint += 2;

  let { distress, anger } = feeling;
  let score = feeling.score;
  const signals = new Set(feeling.signals);
  const raise = (to: number) => {
    score = Math.max(score, to);
  };
  if (has('self-harm')) {
    distress = Math.max(distress, 0.8);
    raise(0.85);
  }
  if (has('safety')) {
    // Outrage at a dangerous product stays angry; otherwise an injury is distressing.
    if (anger >= 0.45) raise(0.6);
    else {
      distress = Math.max(distress, 0.6);
      raise(0.6);
    }
  }
  if (has('harassment')) {
    if (scores.abuse >= 2.5) {
      anger = Math.max(anger, 0.6);
      raise(0.65);
    } else {
      // The customer is the one harassed.
      distress = Math.max(distress, 0.6);
      raise(0.6);
    }
  }
  // An audience used as leverage ("my 40k followers", "a video about you") is an ultimatum.
  const leverage = (cues.get('press')?.evidence ?? []).some((e) =>
    /follower|subscriber|abonnent|följare|video|viral|post about/i.test(e),
  );
  if (has('legal') || leverage) {
    anger = Math.max(anger, 0.5);
    raise(0.55);
  }
  if (has('privacy')) raise(0.25);
  // Trolling is at least irritation, whatever the words.
  if (scores.abuse >= 2.5) raise(0.25);
  // A bare nudge ("???", "Hello?", "refund") is someone tired of waiting for an answer.
  const words = text.match(/\p{L}+/gu) ?? [];
  const domain = Math.max(scores.refund, scores.delivery, scores.account, scores.outage);
  if (words.length <= 1 && (text.includes('?') || domain >= 1.5) && scores.praise === 0) {
    signals.add('nudge');
    raise(0.2);
  }
  if (distress > feeling.distress) signals.add('distress-words');
  const rounded = clamp(score);
  return {
    askedForComment,
    feeling: {
      ...feeling,
      score: rounded,
      distress,
      anger,
      intensity: levelOf(rounded, distress, anger),
      signals: [...signals],
    },
  };
}
