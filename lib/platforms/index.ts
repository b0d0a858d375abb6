export const PLATFORM_IDS = [
  'x',
  'linkedin',
  'facebook',
  'instagram',
  'youtube',
  'reddit',
  'bluesky',
  'mastodon',
  'threads',
  'whatsapp',
  'messenger',
  'generic',
] as const;

export type PlatformId = (typeof PLATFORM_IDS)[number];
