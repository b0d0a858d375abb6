/**
 * The contract of lib/compose: reading a customer's message (analysis) and composing suggested
 * replies from the voice pack. Plain values in, plain values out: the same code runs in the side
 * panel, in Node, in the CLI and in tests. Nothing here touches the network or the DOM.
 */
import type { PlatformId } from '../platforms';
import type { Finding } from '../rules/types';
import type { ComposerKind } from '../sites/types';
import type { EscalationCue, Intensity, Intent } from '../voice/taxonomy';
import type { Language, VoicePack } from '../voice/schema';

export type { EscalationCue, Intensity, Intent } from '../voice/taxonomy';

/** Things named in the message, as the customer wrote them (deduplicated, in order of appearance). */
export interface Entities {
  /** People named in the message (a signature "– Maya", "I'm Jonas", "ich bin Lena"). */
  names: string[];
  /** Order, ticket, case or tracking numbers ("#48213", "order 1234-567", "Bestellnummer 889911"). */
  orderNumbers: string[];
  /** The pack's product and brand terms (`vocabulary.terms`) found in the message, in the pack's casing. */
  products: string[];
  /** Dates and relative days as written ("last Tuesday", "3 May", "seit Montag", "i fredags"). */
  dates: string[];
  /** E-mail addresses (a privacy concern in a public thread; also evidence for linking identities). */
  emails: string[];
}

/** The playbook a cue maps to, copied from the pack so the panel can show it as it is. */
export interface PlaybookRef {
  id: string;
  label: string;
  severity: 'low' | 'medium' | 'high' | 'critical';
  steps: string[];
  handOffTo?: string;
  /** The holding reply in the message's language: as the pack writes it from `analyzeMessage`, filled for the customer in `suggestReplies`' analysis (absent when a placeholder has no value). */
  holdingReply?: string;
}

export interface EscalationMatch {
  cue: EscalationCue;
  /** The words in the message that raised the cue (or a description for history-based cues). */
  evidence: string;
  /** The pack's playbook for this cue; absent when the pack has none (the panel still warns). */
  playbook?: PlaybookRef;
}

/** What memory knows about the customer (issue 5 fills it; the CLI takes it as `--history FILE`). */
export interface CustomerHistory {
  /** Earlier conversations with this person on any channel. */
  conversations: number;
  /** Of those, how many ended without the problem solved (a third unresolved contact escalates). */
  unresolved: number;
  last?: {
    platform: PlatformId;
    /** ISO 8601 time of our last reply. */
    at: string;
    intent?: Intent;
    /** A few words on what it was about, in the customer's words ("parcel delayed"). */
    topic?: string;
    /** What we promised or did, if known ("sent a replacement"). */
    outcome?: string;
  };
}

export interface Analysis {
  language: Language;
  /** False when the text was too short or mixed to tell, and `language` is the pack's default. */
  languageDetected: boolean;
  intent: Intent;
  /** A second intent when the message clearly carries two ("love the jacket but the zip broke"). */
  secondaryIntent?: Intent;
  intensity: Intensity;
  /** 0 (calm) … 1 (furious or in distress); the pack's `minIntensity` compares against this. */
  intensityScore: number;
  /** Why the intensity is what it is, as ids: 'caps', 'exclamations', 'negation', 'sarcasm', 'emoji', 'intensifier', 'profanity', 'distress-words'… */
  signals: string[];
  entities: Entities;
  /**
   * What the message is about, in the customer's own words, short enough to restate in an
   * acknowledgement ("your parcel", "the app login", "the zip on your jacket"); empty when unclear.
   */
  topic: string;
  escalation: EscalationMatch[];
}

export interface AnalyzeOptions {
  /** Languages to choose from and the fallback default (`pack.languages[0]`); product terms; playbooks. */
  pack: VoicePack;
  history?: CustomerHistory;
}

export type SuggestionShape = 'short' | 'warm' | 'question';

export interface Suggestion {
  text: string;
  shape: SuggestionShape;
  /** The pack's check of `text` in context: never contains an error. */
  findings: Finding[];
  /** Ids of the pack blocks the suggestion was built from, in order. */
  blocks: string[];
}

export interface SuggestInput {
  /** The customer's message being answered. */
  message: string;
  /** Pass a ready analysis to avoid reading the message twice (the panel does). */
  analysis?: Analysis;
  pack: VoicePack;
  platform: PlatformId;
  kind?: ComposerKind;
  customer: { name?: string; handle?: string };
  agent?: { name?: string; initials?: string };
  history?: CustomerHistory;
  /** Our recent replies to other people, newest first: suggestions avoid their wording. */
  recentReplies?: readonly string[];
  /** The time of replying (epoch ms): service hours and "when you will hear from us" depend on it. */
  now: number;
  /** Same input and seed → same suggestions. Defaults to a hash of the message and customer. */
  seed?: number;
}

/** Outside service hours: when a person is back, in the pack's time zone. */
export interface AfterHours {
  /** ISO 8601 with offset, e.g. "2026-11-24T09:00:00+01:00". */
  nextOpen: string;
  timeZone: string;
}

export interface SuggestResult {
  analysis: Analysis;
  /** Up to three, one per shape; fewer when candidates failed the check and could not be repaired. */
  suggestions: Suggestion[];
  afterHours?: AfterHours;
  /** For abuse or trolling: the pack's guidance, shown instead of (or before) any suggestion. */
  guidance?: { kind: 'abuse'; steps: string[]; replyAllowed: boolean };
}
