import { defineRule, type Hit } from '../rule';
import { say } from '../say';
import { MAX_HITS } from './scan';
import { SOURCES } from './sources';

// Horizontal white space: space, tab, no-break space, the typographic spaces and the ideographic
// space. A single class with a bounded quantifier: linear on 100 KB of spaces.
const SPACE_RUN = /[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|\t/g;

export const layoutSpacing = defineRule({
  id: 'accessibility.layout-spacing',
  category: 'accessibility',
  severity: 'warning',
  title: 'No tabs or runs of spaces for layout',
  why: 'Columns made with tabs or runs of spaces are read out line by line across the columns, so a screen reader mixes up the content.',
  link: SOURCES.w3cF33,
  examples: [
    {
      language: 'en',
      bad: 'Mon–Fri\t9–17\nSat\t\t10–14',
      good: 'We are open Monday to Friday 9 to 17, and Saturday 10 to 14.',
    },
  ],
  check({ doc, context }) {
    const { text } = doc;
    if (
      text.indexOf('\t') < 0 &&
      text.indexOf('  ') < 0 &&
      !/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/.test(text)
    ) {
      return [];
    }
    const hits: Hit[] = [];
    SPACE_RUN.lastIndex = 0;
    for (let m = SPACE_RUN.exec(text); m && hits.length < MAX_HITS; m = SPACE_RUN.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const hasTab = m[0].includes('\t');
      if (!hasTab && m[0].length < 3) continue;
      const atLineEnd = end === text.length || text[end] === '\n' || text[end] === '\r';
      if (atLineEnd) continue; // trailing spaces are invisible and not read
      const atLineStart = start === 0 || text[start - 1] === '\n' || text[start - 1] === '\r';
      if (atLineStart && !hasTab) continue; // indentation with spaces is not a column
      hits.push({
        start,
        end,
        message: hasTab
          ? say(context, 'rule_accessibility_layout_spacing_message_tab')
          : say(context, 'rule_accessibility_layout_spacing_message_spaces', {
              count: m[0].length,
            }),
        fixes: [
          {
            label: atLineStart
              ? say(context, 'rule_accessibility_layout_spacing_fix_indent')
              : say(context, 'rule_accessibility_layout_spacing_fix_space'),
            start,
            end,
            replacement: atLineStart ? '' : ' ',
          },
        ],
      });
    }
    SPACE_RUN.lastIndex = 0;
    return hits;
  },
});
