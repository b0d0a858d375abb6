import type { EscalationPlaybookEntry, Language, VoicePack } from '../../voice/schema';
import { ESCALATION_CUES, type EscalationCue } from '../../voice/taxonomy';
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

export interface EscalationInput {
  text: string;
  language: Language;
  languageDetected: boolean;
  intensityScore: number;
  pack: VoicePack;
  history?: CustomerHistory;
}

/**
 * Cues that need more than a reply, from the built-in lists and the pack's own triggers, each
 * with the pack's playbook for it, most severe first. English lists are read for every message
 * (customers borrow "GDPR", "hacked", "influencer"); when the language is a guess, all are read.
 */
export function readEscalation(input: EscalationInput): EscalationMatch[] {
  const { text, language, pack } = input;
  const languages: Language[] = input.languageDetected
    ? [...new Set<Language>([language, 'en'])]
    : [...new Set<Language>([language, 'en', 'de', 'sv'])];
  const masked = mask(text, languages);
  const evidence = new Map<EscalationCue, string[]>();
  const chosen = new Map<EscalationCue, EscalationPlaybookEntry>();
  const add = (cue: EscalationCue, words: string, playbook?: EscalationPlaybookEntry) => {
    const list = evidence.get(cue) ?? [];
    if (!list.some((w) => w.toLowerCase() === words.toLowerCase())) list.push(words);
    evidence.set(cue, list);
    if (playbook && !chosen.has(cue)) chosen.set(cue, playbook);
  };

  for (const lang of languages) {
    const cues = lexicon(lang).escalation;
    for (const cue of ESCALATION_CUES) {
      const re = cues[cue];
      if (!re) continue;
      for (const m of matchesOf(re, masked)) add(cue, m[0]);
    }
  }

  for (const playbook of pack.escalation) {
    for (const lang of languages) {
      for (const re of triggers(playbook, lang)) {
        const m = matchesOf(re, masked)[0];
        if (m) add(cueOf(playbook), m[0], playbook);
      }
    }
    if (playbook.minIntensity !== undefined && input.intensityScore >= playbook.minIntensity) {
      add(cueOf(playbook), `intensity ${input.intensityScore.toFixed(2)}`, playbook);
    }
  }

  const unresolved = input.history?.unresolved ?? 0;
  if (unresolved >= 2) {
    add('repeat-contact', `contact ${unresolved + 1}; the last ${unresolved} ended unresolved`);
  }

  const matches: EscalationMatch[] = [];
  for (const [cue, words] of evidence) {
    const playbook =
      chosen.get(cue) ??
      pack.escalation
        .filter((p) => p.cues?.includes(cue))
        .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])[0];
    matches.push({
      cue,
      evidence: words.slice(0, 3).join(', '),
      ...(playbook ? { playbook: ref(playbook, language) } : {}),
    });
  }
  const rank = (m: EscalationMatch) => SEVERITY_RANK[m.playbook?.severity ?? CUE_SEVERITY[m.cue]];
  return matches.sort(
    (a, b) => rank(a) - rank(b) || ESCALATION_CUES.indexOf(a.cue) - ESCALATION_CUES.indexOf(b.cue),
  );
}
