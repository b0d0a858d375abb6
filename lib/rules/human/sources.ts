/** Research behind the human-voice rules (see ../shared/research/rules.md). */
export const HUMAN_VOICE_STUDY = 'https://doi.org/10.1016/j.jbusres.2021.04.030';
export const TWITTER_APOLOGIES_STUDY = 'https://doi.org/10.1016/j.pragma.2013.12.003';
