import type { Catalog } from '../types';

/** The side panel's active pack and its quick switch. */
export const panelPack = {
  panel_pack_region: {
    en: 'Voice pack in use',
    de: 'Verwendetes Stimmpaket',
    sv: 'Röstpaket som används',
    description:
      'Accessible name of the panel’s area showing the active voice pack and its switch.',
  },
  panel_pack_name_version: {
    en: '{name} {version}',
    de: '{name} {version}',
    sv: '{name} {version}',
    description: 'A voice pack’s name and its version number, e.g. “Acme care 1.2.0”.',
  },
  panel_pack_reason_choice: {
    en: 'Your choice',
    de: 'Deine Auswahl',
    sv: 'Ditt val',
    description: 'Why this pack is used: picked in the quick switch.',
  },
  panel_pack_reason_platform: {
    en: 'Assigned to {platform}',
    de: 'Zugewiesen für {platform}',
    sv: 'Tilldelat för {platform}',
    description: 'Why this pack is used: a rule assigns it to this site, e.g. “Assigned to X”.',
  },
  panel_pack_reason_account: {
    en: 'Assigned to @{account}',
    de: 'Zugewiesen für @{account}',
    sv: 'Tilldelat för @{account}',
    description: 'Why this pack is used: a rule assigns it to the account we reply as.',
  },
  panel_pack_reason_account_platform: {
    en: 'Assigned to @{account} on {platform}',
    de: 'Zugewiesen für @{account} auf {platform}',
    sv: 'Tilldelat för @{account} på {platform}',
  },
  panel_pack_reason_everywhere: {
    en: 'Assigned to every site',
    de: 'Für alle Websites zugewiesen',
    sv: 'Tilldelat för alla webbplatser',
  },
  panel_pack_reason_fallback: {
    en: 'Default for your team',
    de: 'Standard deines Teams',
    sv: 'Ditt teams standard',
    description: 'Why this pack is used: no rule matches here and the team made it the default.',
  },
  panel_pack_reason_builtin: {
    en: 'Built-in',
    de: 'Eingebaut',
    sv: 'Inbyggt',
    description: 'Why this pack is used: it is Replykit’s own default pack.',
  },
  panel_pack_switch_label: {
    en: 'Switch voice pack',
    de: 'Stimmpaket wechseln',
    sv: 'Byt röstpaket',
  },
  panel_pack_automatic: {
    en: 'Automatic: {pack}',
    de: 'Automatisch: {pack}',
    sv: 'Automatiskt: {pack}',
    description:
      'First entry of the quick switch: follow the assignment rules by site and account; {pack} is the pack they pick here. Short: the panel is narrow.',
  },
  panel_pack_unusable: {
    en: '{pack} (no usable version yet)',
    de: '{pack} (noch keine nutzbare Version)',
    sv: '{pack} (ingen användbar version ännu)',
    description:
      'A pack in the quick switch that cannot be picked: a subscription not downloaded yet, or a pack that was never valid.',
  },
  panel_pack_instead: {
    en: 'Using “{name}” until it is fixed.',
    de: 'Bis zur Korrektur gilt „{name}“.',
    sv: '”{name}” används tills felen är rättade.',
    description: 'Under the problems of a broken pack, when another pack stands in for it.',
  },
} as const satisfies Catalog;
