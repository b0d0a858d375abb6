import type { BlockKind, Language, ReplyBlock, VoicePack } from '../../voice/schema';
import type { Intensity, Intent } from '../../voice/taxonomy';

export interface BlockContext {
  language: Language;
  intent: Intent;
  secondaryIntent?: Intent;
  intensity: Intensity;
  returning: boolean;
}

/** The texts of a block in one language, as a list of variants. */
export function variantsOf(block: ReplyBlock, language: Language): readonly string[] {
  const text = block.text[language];
  if (text === undefined) return [];
  return typeof text === 'string' ? [text] : text;
}

/**
 * The blocks of one kind that fit the message: written for its intent (else the second intent,
 * else blocks for any intent), its intensity and the customer (first contact or returning).
 * Blocks made for a returning customer win over general ones when the customer is back.
 * Abuse takes only blocks written for it, and a greeting: general wording can feed a troll.
 */
export function blocksFor(pack: VoicePack, kind: BlockKind, context: BlockContext): ReplyBlock[] {
  const fitting = pack.blocks.filter(
    (block) =>
      block.kind === kind &&
      block.text[context.language] !== undefined &&
      (!block.intensities || block.intensities.includes(context.intensity)) &&
      (context.returning ? block.audience !== 'first-contact' : block.audience !== 'returning'),
  );
  const { intent, secondaryIntent } = context;
  const tiers: (Intent | undefined)[] =
    intent === 'abuse' && kind !== 'greeting'
      ? ['abuse']
      : secondaryIntent && secondaryIntent !== intent && secondaryIntent !== 'abuse'
        ? [intent, secondaryIntent, undefined]
        : [intent, undefined];
  for (const tier of tiers) {
    const matching = fitting.filter((block) =>
      tier === undefined ? !block.intents : block.intents?.includes(tier),
    );
    if (matching.length === 0) continue;
    const forAudience = matching.filter((block) => block.audience !== undefined);
    return forAudience.length > 0 ? forAudience : matching;
  }
  return [];
}
