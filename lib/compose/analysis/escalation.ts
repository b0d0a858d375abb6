import type { EscalationPlaybookEntry, Language, VoicePack } from '../../voice/schema';
import { ESCALATION_CUES, type EscalationCue, type Intensity } from '../../voice/taxonomy';
import type { CustomerHistory, EscalationMatch, PlaybookRef } from '../types';
import { lexicon, matchesOf } from './lexicon';
import { literalPhraseRegex } from './text';

const SEVERITY_RANK = { critical: 0, high: 1, medium: 2, low: 3 } as const;

// How urgent a cue is when the pack has no playbook for it, so the order still makes sense.
const CUE_SEVERITY: Record<EscalationCue, keyof typeof SEVERITY_RANK> = {
  'self-harm': 'critical',
  safety: 'critical',
  harassment: 'high',
  legal: 'high',
  privacy: 'high',
  press: 'medium',
  'repeat-contact': 'medium',
};

// A playbook that names no cue still has to be reported under one; its id or label usually says
// which. When nothing fits, "safety": an unknown playbook errs on the side of care.
const CUE_HINTS: [RegExp, EscalationCue][] = [
  [/suicid|self-?harm|crisis/i, 'self-harm'],
  [/legal|lawyer|law/i, 'legal'],
  [/abus|harass|threat|troll|hate/i, 'harassment'],
  [/press|media|influenc|journalis/i, 'press'],
  [/privacy|data|gdpr|breach/i, 'privacy'],
  [/repeat|again|third/i, 'repeat-contact'],
];

function cueOf(playbook: EscalationPlaybookEntry): EscalationCue {
  if (playbook.cues?.[0]) return playbook.cues[0];
  const name = `${playbook.id} ${playbook.label}`;
  return CUE_HINTS.find(([re]) => re.test(name))?.[1] ?? 'safety';
}

function ref(playbook: EscalationPlaybookEntry, language: Language): PlaybookRef {
  const holdingReply = playbook.holdingReply?.[language];
  return {
    id: playbook.id,
    label: playbook.label,
    severity: playbook.severity,
    steps: [...playbook.steps],
    ...(playbook.handOffTo ? { handOffTo: playbook.handOffTo } : {}),
    ...(holdingReply ? { holdingReply } : {}),
  };
}

const triggerCache = new WeakMap<EscalationPlaybookEntry, Map<Language, RegExp[]>>();

function triggers(playbook: EscalationPlaybookEntry, language: Language): RegExp[] {
  let byLanguage = triggerCache.get(playbook);
  if (!byLanguage) triggerCache.set(playbook, (byLanguage = new Map()));
  let list = byLanguage.get(language);
  if (!list) {
    list = (playbook.triggers[language] ?? []).map(literalPhraseRegex);
    byLanguage.set(language, list);
  }
  return list;
}

/** Blanks out harmless phrases that contain a cue word, keeping every other position. */
function mask(text: string, languages: readonly Language[]): string {
  let masked = text;
  for (const language of languages) {
    masked = masked.replace(lexicon(language).benign, (m) => ' '.repeat(m.length));
  }
  return masked;
}

export interface CueInput {
  text: string;
  language: Language;
  languageDetected: boolean;
  pack: VoicePack;
  history?: CustomerHistory;
}

/** What raised each cue, and the playbook a pack trigger chose for it. */
export type Cues = Map<EscalationCue, { evidence: string[]; playbook?: EscalationPlaybookEntry }>;

function addCue(cues: Cues, cue: EscalationCue, words: string, playbook?: EscalationPlaybookEntry) {
  const entry = cues.get(cue) ?? { evidence: [] };
  if (!entry.evidence.some((w) => w.toLowerCase() === words.toLowerCase())) {
    entry.evidence.push(words);
  }
  if (playbook && !entry.playbook) entry.playbook = playbook;
  cues.set(cue, entry);
}

/**
 * Cues that need more than a reply, from the built-in lists and the pack's own triggers. English
 * lists are read for every message (customers borrow "GDPR", "hacked", "influencer"); when the
 * language is a guess, all are read. Harmless look-alikes ("press release", "killer deal") are
 * blanked out first, for the pack's triggers too.
 */
export function detectCues(input: CueInput): Cues {
  const { text, language, pack } = input;
  const languages: Language[] = input.languageDetected
    ? [...new Set<Language>([language, 'en'])]
    : [...new Set<Language>([language, 'en', 'de', 'sv'])];
  const masked = mask(text, languages);
  const cues: Cues = new Map();

  for (const lang of languages) {
    const lists = lexicon(lang).escalation;
    for (const cue of ESCALATION_CUES) {
      const re = lists[cue];
      if (re) for (const m of matchesOf(re, masked)) addCue(cues, cue, m[0]);
    }
  }
  for (const playbook of pack.escalation) {
    for (const lang of languages) {
      for (const re of triggers(playbook, lang)) {
        const m = matchesOf(re, masked)[0];
        if (m) addCue(cues, cueOf(playbook), m[0], playbook);
      }
    }
  }
  const unresolved = input.history?.unresolved ?? 0;
  if (unresolved >= 2) {
    addCue(
      cues,
      'repeat-contact',
      `contact ${unresolved + 1}; the last ${unresolved} ended unresolved`,
    );
  }
  return cues;
}

/**
 * Playbooks with `minIntensity` start "anyway" at that intensity. The scale's top is furious,
 * so only an angry message starts them: a customer in distress is not an abuse case.
 */
export function addIntensityPlaybooks(
  cues: Cues,
  pack: VoicePack,
  score: number,
  intensity: Intensity,
): void {
  if (intensity !== 'angry') return;
  for (const playbook of pack.escalation) {
    if (playbook.minIntensity !== undefined && score >= playbook.minIntensity) {
      addCue(cues, cueOf(playbook), `intensity ${score.toFixed(2)}`, playbook);
    }
  }
}

/** Each cue with the pack's playbook for it, most severe first. */
export function escalationMatches(
  cues: Cues,
  pack: VoicePack,
  language: Language,
): EscalationMatch[] {
  const matches: EscalationMatch[] = [];
  for (const [cue, { evidence, playbook: triggered }] of cues) {
    const playbook =
      triggered ??
      pack.escalation
        .filter((p) => p.cues?.includes(cue))
        .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])[0];
    matches.push({
      cue,
      evidence: evidence.slice(0, 3).join(', '),
      ...(playbook ? { playbook: ref(playbook, language) } : {}),
    });
  }
  const rank = (m: EscalationMatch) => SEVERITY_RANK[m.playbook?.severity ?? CUE_SEVERITY[m.cue]];
  return matches.sort(
    (a, b) => rank(a) - rank(b) || ESCALATION_CUES.indexOf(a.cue) - ESCALATION_CUES.indexOf(b.cue),
  );
}
