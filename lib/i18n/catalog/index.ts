import { common } from './common';
import { content } from './content';
import { data } from './data';
import { options } from './options';
import { compose } from './compose';
import { memory } from './memory';
import { panel } from './panel';
import { rules } from './rules';
import { managed } from './managed';
import { packForm } from './pack-form';
import { packs } from './packs';
import { panelPack } from './panel-pack';
import { subscriptions } from './subscriptions';
import { voice } from './voice';

/**
 * Every user-visible string of the extension, by area. The build writes them to
 * `_locales/<lang>/messages.json`; code reads them through `t()` (lib/i18n), so the browser's UI
 * language picks the text. One file per area keeps parallel work out of each other's way.
 */
export const CATALOG = {
  ...common,
  ...compose,
  ...panel,
  ...rules,
  ...options,
  ...content,
  ...data,
  ...memory,
  ...packs,
  ...packForm,
  ...subscriptions,
  ...managed,
  ...panelPack,
  ...voice,
} as const;

export type Messages = typeof CATALOG;
export type MessageKey = keyof Messages;
