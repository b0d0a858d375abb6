import { defineRule, type Hit } from "../rule";
import { MAX_HITS, scan } from "./scan";
import { SOURCES } from "./sources";

export const hashtagCount = defineRule({
  id: "accessibility.hashtag-count",
  category: "accessibility",
  severity: "warning",
  title: "Few hashtags",
  why: 'Every hashtag is read out as "hashtag" plus the tag, so a row of them drowns the reply; one or two is plenty.',
  link: SOURCES.gcs,
  examples: [
    {
      language: "en",
      bad: "Your replacement ships today! #CustomerCare #Support #Help #Acme",
      good: "Your replacement ships today! #AcmeCares",
    },
  ],
  check({ doc, pack }) {
    const max = pack.readability.maxHashtags;
    const { hashtags } = scan(doc);
    if (hashtags.length <= max) return [];
    const hits: Hit[] = [];
    for (let i = max; i < hashtags.length && hits.length < MAX_HITS; i++) {
      const tag = hashtags[i]!;
      hits.push({
        start: tag.start,
        end: tag.end,
        message: `${hashtags.length} hashtags in this reply; keep to ${max}.`,
      });
    }
    return hits;
  },
});
