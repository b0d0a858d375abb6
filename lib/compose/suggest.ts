import { renderSignOff } from '../rules/brand/sign-off';
import type { CheckContext } from '../rules/types';
import type { Language, VoicePack } from '../voice/schema';
import { analyzeMessage } from './analyze';
import type {
  AfterHours,
  Analysis,
  EscalationMatch,
  SuggestInput,
  Suggestion,
  SuggestionShape,
  SuggestResult,
} from './types';
import type { BlockContext } from './suggest/blocks';
import {
  formatDeadline,
  formatReturn,
  isoInZone,
  isOpen,
  nextOpening,
  updateDue,
  WITHIN_TWO_HOURS,
} from './suggest/hours';
import { addressAs, fill, FACTS, restate, usable, type Values } from './suggest/placeholders';
import { repair } from './suggest/repair';
import {
  assemble,
  candidates,
  fitToLength,
  limitFor,
  withAfterHours,
  type Piece,
} from './suggest/shapes';
import { closenessToRecent, hash, recentPairs } from './suggest/variety';

const SHAPE_ORDER: readonly SuggestionShape[] = ['short', 'warm', 'question'];
/** Candidates per shape: the seed's first choice plus re-draws, for variety and for repairs. */
const ATTEMPTS = 6;
const SEVERITY_RANK = { critical: 0, high: 1, medium: 2, low: 3 } as const;

interface Setting {
  input: SuggestInput;
  analysis: Analysis;
  pack: VoicePack;
  language: Language;
  context: CheckContext;
  signOff: string | undefined;
  afterHoursNote: string | undefined;
  recent: Set<string>[];
  seed: number;
}

/**
 * Three suggested replies of different shape (short; warm and complete; question-led), composed
 * from the pack's blocks for the message's intent, intensity and language, for this customer.
 * Every suggestion passes the pack's check without an error: candidates are repaired with the
 * check's own fixes, re-drawn, or left out. Same input and seed, same suggestions.
 */
export function composeSuggestions(input: SuggestInput, analysis: Analysis): SuggestResult {
  const { pack } = input;
  const language = analysis.language;
  const returning = (input.history?.conversations ?? 0) > 0;
  const name = addressAs(input.customer, pack.tone.greetByName);
  const seed =
    input.seed ??
    hash(`${input.message}\u0000${input.customer.name ?? input.customer.handle ?? ''}`);

  const closedNow = afterHours(pack, input.now);

  const values: Values = {
    name,
    agent: input.agent?.name,
    initials: input.agent?.initials,
    topic: restate(analysis.topic.trim(), language, pack.vocabulary.terms) || undefined,
    time: updateTime(pack, input.now, language),
    order: analysis.entities.orderNumbers[0],
    product: analysis.entities.products[0],
    ...(returning
      ? {
          'last-topic': input.history?.last?.topic?.trim() || undefined,
          'last-outcome': input.history?.last?.outcome?.trim() || undefined,
        }
      : {}),
  };

  // The panel shows each playbook's holding reply beside the guidance, ready to insert: it is
  // filled for this customer like any suggestion.
  const result: SuggestResult = {
    analysis: withFilledHoldingReplies(analysis, pack, language, values),
    suggestions: [],
  };
  if (closedNow) result.afterHours = closedNow.afterHours;

  const signOffRule = pack.tone.signOff;
  const signOff =
    signOffRule && (!signOffRule.platforms || signOffRule.platforms.includes(input.platform))
      ? renderSignOff(signOffRule.template, input.agent)
      : undefined;
  const noteText = closedNow ? pack.hours?.afterHours[language] : undefined;
  const afterHoursNote =
    noteText && closedNow && usable(noteText, { ...values, time: closedNow.back(language) })
      ? fill(noteText, { ...values, time: closedNow.back(language) })
      : undefined;

  const setting: Setting = {
    input,
    analysis,
    pack,
    language,
    context: {
      platform: input.platform,
      language,
      ...(input.customer.name || input.customer.handle
        ? { customerName: (input.customer.name || input.customer.handle)! }
        : {}),
      returning,
      ...(input.recentReplies ? { recentReplies: input.recentReplies } : {}),
      ...(input.agent ? { agent: input.agent } : {}),
    },
    signOff,
    afterHoursNote,
    recent: recentPairs(input.recentReplies),
    seed,
  };

  let shapes = SHAPE_ORDER;
  if (analysis.intent === 'abuse') {
    result.guidance = {
      kind: 'abuse',
      steps: [...pack.abuse.steps],
      replyAllowed: pack.abuse.replyAllowed,
    };
    if (!pack.abuse.replyAllowed) return result;
  }

  const holding = holdingReply(setting, values);
  if (holding) {
    result.suggestions.push(holding.suggestion);
    // After a serious cue the playbook says to stop at the holding reply in public.
    if (SEVERITY_RANK[holding.severity] <= SEVERITY_RANK.high) return result;
    shapes = shapes.filter((shape) => shape !== 'short');
  }

  const blockContext: BlockContext = {
    language,
    intent: analysis.intent,
    ...(analysis.secondaryIntent ? { secondaryIntent: analysis.secondaryIntent } : {}),
    intensity: analysis.intensity,
    returning,
  };
  const seen = new Set(result.suggestions.map((s) => s.text));
  for (const shape of shapes) {
    const suggestion = composeShape(shape, setting, blockContext, values, seen);
    if (suggestion) {
      seen.add(suggestion.text);
      result.suggestions.push(suggestion);
    }
  }
  return result;
}

function composeShape(
  shape: SuggestionShape,
  setting: Setting,
  context: BlockContext,
  values: Values,
  seen: ReadonlySet<string>,
): Suggestion | undefined {
  const { pack, input, language } = setting;
  const limit = limitFor(pack, input.platform);
  const render = (pieces: readonly Piece[]) =>
    assemble(pieces, language, pack.vocabulary.terms, setting.signOff);
  // Facts from the message are the customer's words; should one trip the check (a swear word
  // in the topic), the generic wording is the fallback.
  const plain: Values = { ...values };
  for (const fact of FACTS) delete plain[fact];
  for (const pass of [values, plain]) {
    const ranked = candidates(shape, pack, context, pass, setting.seed, ATTEMPTS)
      .map((candidate) => {
        const pieces = withAfterHours(candidate.pieces, setting.afterHoursNote);
        return { pieces, closeness: closenessToRecent(render(pieces), setting.recent) };
      })
      // Stable: among equally fresh candidates the seed's own order decides.
      .sort((a, b) => a.closeness - b.closeness);
    // The freshest candidate without a warning wins; failing that, the one with the fewest
    // (a suggestion should not need the advice the panel gives about drafts).
    let best: Suggestion | undefined;
    for (const { pieces } of ranked) {
      const fitted = fitToLength(pieces, shape, render, input.platform, limit);
      const checked = repair(render(fitted), pack, setting.context);
      if (!checked || seen.has(checked.text)) continue;
      const suggestion: Suggestion = {
        text: checked.text,
        shape,
        findings: checked.findings,
        blocks: fitted.flatMap((piece) => (piece.blockId ? [piece.blockId] : [])),
      };
      if (!best || warningsIn(suggestion) < warningsIn(best)) best = suggestion;
      if (warningsIn(best) === 0) return best;
    }
    if (best) return best;
  }
  return undefined;
}

function warningsIn(suggestion: Suggestion): number {
  return suggestion.findings.filter((finding) => finding.severity === 'warning').length;
}

/** The holding reply of the most serious matched playbook, filled and checked. */
function holdingReply(
  setting: Setting,
  values: Values,
): { suggestion: Suggestion; severity: keyof typeof SEVERITY_RANK } | undefined {
  const matches = setting.analysis.escalation
    .filter(
      (match): match is EscalationMatch & { playbook: NonNullable<EscalationMatch['playbook']> } =>
        Boolean(match.playbook),
    )
    .sort((a, b) => SEVERITY_RANK[a.playbook.severity] - SEVERITY_RANK[b.playbook.severity]);
  for (const { playbook } of matches) {
    const entry = setting.pack.escalation.find((e) => e.id === playbook.id);
    const raw = entry?.holdingReply?.[setting.language];
    const source = raw ?? playbook.holdingReply;
    // A reply with an unfilled placeholder is never offered.
    const text = source !== undefined && usable(source, values) ? fill(source, values) : undefined;
    if (!text) continue;
    const full = setting.signOff ? `${text} ${setting.signOff}` : text;
    const checked = repair(full, setting.pack, setting.context);
    if (!checked) continue;
    return {
      severity: playbook.severity,
      suggestion: {
        text: checked.text,
        shape: 'short',
        findings: checked.findings,
        blocks: [playbook.id],
      },
    };
  }
  return undefined;
}

function withFilledHoldingReplies(
  analysis: Analysis,
  pack: VoicePack,
  language: Language,
  values: Values,
): Analysis {
  const escalation = analysis.escalation.map((match) => {
    if (!match.playbook?.holdingReply) return match;
    const raw = pack.escalation.find((e) => e.id === match.playbook!.id)?.holdingReply?.[language];
    const source = raw ?? match.playbook.holdingReply;
    const { holdingReply: _unfilled, ...playbook } = match.playbook;
    return {
      ...match,
      playbook: usable(source, values)
        ? { ...playbook, holdingReply: fill(source, values) }
        : playbook,
    };
  });
  return { ...analysis, escalation };
}

/** "by 3:30 pm today" within service hours; "within two hours" when someone is always in. */
function updateTime(pack: VoicePack, now: number, language: Language): string | undefined {
  if (!pack.hours) return WITHIN_TWO_HOURS[language];
  const due = updateDue(pack.hours, now);
  return due === undefined ? undefined : formatDeadline(due, now, pack.hours.timeZone, language);
}

function afterHours(
  pack: VoicePack,
  now: number,
): { afterHours: AfterHours; back: (language: Language) => string } | undefined {
  const hours = pack.hours;
  if (!hours || isOpen(hours, now)) return undefined;
  const next = nextOpening(hours, now);
  if (next === undefined) return undefined;
  return {
    afterHours: { nextOpen: isoInZone(next, hours.timeZone), timeZone: hours.timeZone },
    back: (language) => formatReturn(next, now, hours.timeZone, language),
  };
}

/** Suggestions for a customer's message; reads the message first unless `analysis` is given. */
export function suggestReplies(input: SuggestInput): SuggestResult {
  const analysis =
    input.analysis ??
    analyzeMessage(input.message, {
      pack: input.pack,
      ...(input.history ? { history: input.history } : {}),
    });
  return composeSuggestions(input, analysis);
}
