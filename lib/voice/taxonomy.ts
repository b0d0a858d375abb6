/**
 * The words the message analysis and the voice pack share: what a customer's message is about,
 * how strongly it is felt, and which cues call for the escalation playbook. A pack refers to these
 * ids (blocks per intent, playbooks per cue), so they are part of the pack format.
 */

/** What a customer's message is mainly about. */
export const INTENTS = [
  'question',
  'complaint',
  'praise',
  'delivery',
  'refund',
  'outage',
  'feature-request',
  'account',
  'abuse',
  'mention',
] as const;
export type Intent = (typeof INTENTS)[number];

/** How strongly the customer feels, from calm to distressed (upset and vulnerable, not only angry). */
export const INTENSITIES = ['calm', 'annoyed', 'angry', 'distressed'] as const;
export type Intensity = (typeof INTENSITIES)[number];

/** Cues in a message, or in the customer's history, that need more than a reply. */
export const ESCALATION_CUES = [
  'legal',
  'safety',
  'harassment',
  'self-harm',
  'press',
  'privacy',
  'repeat-contact',
] as const;
export type EscalationCue = (typeof ESCALATION_CUES)[number];
