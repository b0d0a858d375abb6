/** Sources behind the accessibility rules (see /work/shared/research/rules.md). */
export const SOURCES = {
  /** UK Government Communication Service: accessible social media campaigns (25 words, emoji, hashtags, links). */
  gcs: 'https://gcs.civilservice.gov.uk/guidance/digital-communication/planning-creating-and-publishing-accessible-social-media-campaigns/',
  /** University of Michigan: hashtags and handles in camel case. */
  umichHashtags: 'https://accessibility.engin.umich.edu/hashtags/',
  /** W3C technique H86: text alternatives for emoji, emoticons, ASCII art and leetspeak. */
  w3cH86: 'https://www.w3.org/WAI/WCAG22/Techniques/html/H86',
  /** W3C failure F33: white space characters used to create columns. */
  w3cF33: 'https://www.w3.org/WAI/WCAG22/Techniques/failures/F33',
  /** WCAG 2.4.4 Link Purpose (In Context). */
  wcagLinkPurpose: 'https://www.w3.org/WAI/WCAG22/Understanding/link-purpose-in-context.html',
  /** WCAG 3.1.5 Reading Level (AAA). */
  wcagReadingLevel: 'https://www.w3.org/WAI/WCAG22/Understanding/reading-level.html',
  /** Scope: screen readers, special characters and Unicode "fonts". */
  scopeUnicode:
    'https://business.scope.org.uk/article/accessibility-screen-readers-special-characters-and-unicode-symbols',
  /** Accessible Social (Alexa Heinrich): tabs and spacing, punctuation and letter case (studly case). */
  accessibleSocialFormatting: 'https://www.accessible-social.com/copy-and-formatting/formatting',
  /** University of Kentucky: emoticons, emoji between words, repeated emoji, emoji bullets, special fonts, all caps, text art. */
  ukySocial: 'https://ada.uky.edu/digital-accessibility/social-media',
  /** NIH: plain language (aim below grade 8). */
  nihPlainLanguage:
    'https://www.nih.gov/institutes-nih/nih-office-director/office-communications-public-liaison/clear-communication/plain-language',
} as const;
