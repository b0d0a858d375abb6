import { UI_LANGUAGES } from '../i18n/types';
import { PLATFORM_IDS } from '../platforms';
import { LANGUAGES } from '../voice/schema';
import type { HelpTopic } from './args';

const MAIN = `Usage: npm run --silent voice -- <command> [options]

Check customer-care replies for brand voice, accessibility, inclusive language and human
voice, with the same rules as the Replykit extension. Nothing leaves your machine.

Commands:
  check [FILE|-]         check a reply (from FILE, or stdin)
  analyze [FILE|-]       read a customer's message: language, intent, intensity,
                         entities and escalation cues
  suggest [FILE|-]       three suggested replies to a customer's message, each checked
  pack init FILE         write the default voice pack to FILE, to edit
  pack validate FILE     validate a voice pack
  pack test FILE         run a voice pack's example replies
  pack diff OLD NEW      what changed between two versions of a voice pack, in words
  help [COMMAND]         show help for a command

Exit codes: 0 no errors, 1 a finding is an error (or a pack example failed, or no
suggestion could be composed), 2 bad usage, a missing file or an invalid voice pack.

Run "voice help check" or "voice check --help" for a command's options.`;

const CHECK = `Usage: npm run --silent voice -- check [options] [FILE|-]

Checks the reply in FILE, or on stdin when FILE is "-" or left out and stdin is not a
terminal, and prints each finding as

  FILE:LINE:COLUMN  severity  ruleId  message

followed by the line, a caret under the flagged text, why it matters and the fixes.
LINE and COLUMN start at 1; COLUMN counts Unicode code points (an emoji is one column,
whatever its length in UTF-16). Colours are used only on a terminal, and never when
NO_COLOR is set.

Options:
  --pack FILE        voice pack (JSON) to check against; default: the built-in pack
  --platform ID      the platform the reply is for: ${PLATFORM_IDS.join(', ')}
  --lang LANG        the reply's language: ${LANGUAGES.join(', ')}; detected when left out
  --locale LANG      the language of the messages, explanations and fix labels:
                     ${UI_LANGUAGES.join(', ')}; default en (not read from LANG, so output is
                     the same on every machine). The pack's own rules keep their wording.
  --name NAME        the customer's display name (for the greeting check)
  --json             print exactly {"findings":[…]} and nothing else on stdout
                     (offsets in findings are UTF-16 code units, as the engine reports them)
  -h, --help         show this help

Exit codes: 0 no finding is an error, 1 a finding is an error, 2 bad usage, a missing
file or an invalid voice pack (its problems go to stderr, one "path: message" a line).`;

const MESSAGE_INPUT = `The customer's message is read from FILE, or from stdin when FILE is "-" or left out
and stdin is not a terminal.`;

const ANALYZE = `Usage: npm run --silent voice -- analyze [options] [FILE|-]

Reads a customer's message the way the side panel does: its language (the pack's first
language when the text is too short to tell, and says so), the main intent and a second
one, the emotional intensity, the entities (names, order numbers, the pack's product terms,
dates, e-mail addresses) and the escalation cues with the pack's playbook for each.
${MESSAGE_INPUT}

Options:
  --pack FILE        voice pack (JSON): languages, product terms and playbooks;
                     default: the built-in pack
  --history FILE     what memory knows about the customer, as JSON:
                     {"conversations":3,"unresolved":2,"last":{"platform":"x",
                      "at":"2026-11-20T10:00:00Z","intent":"delivery","topic":"parcel late"}}
                     (a third unresolved contact is an escalation cue)
  --json             print exactly {"language","intent","secondaryIntent","intensity",
                     "entities","escalation":[…]} (secondaryIntent is null when there is none)
  -h, --help         show this help

Exit codes: 0 the message was read, 2 bad usage, an empty message, a missing file, an
invalid history or an invalid voice pack.`;

const SUGGEST = `Usage: npm run --silent voice -- suggest [options] [FILE|-]

Reads a customer's message (as "analyze" does) and composes up to three replies of
different shape (short; warm and complete; question-led) from the pack's reply blocks,
each checked against the pack. Deterministic: the same message, options, --now and --seed
give the same replies. Nothing leaves your machine.
${MESSAGE_INPUT}

Options:
  --pack FILE        voice pack (JSON) to compose from and check against; default: built-in
  --platform ID      the platform the reply is for (its length limit and sign-off):
                     ${PLATFORM_IDS.join(', ')}; default: generic
  --name NAME        the customer's display name (the replies greet them by it)
  --agent NAME       your name, for packs whose blocks or sign-off use it
  --initials AB      your initials, for the pack's sign-off (the default pack signs
                     replies on X, Threads, Bluesky and Instagram with "^AB")
  --history FILE     what memory knows about the customer (see "voice help analyze");
                     a returning customer gets continuity ("did the replacement arrive?")
  --now ISO          the time of replying, with a zone (2026-11-24T18:30:00+01:00);
                     service hours depend on it; default: now
  --seed N           a whole number that picks among the pack's wordings; default: derived
                     from the message and the customer
  --json             print {"analysis":{…},"suggestions":[{"text","shape","findings":[…]}]},
                     "analysis" as "analyze --json" prints it; "afterHours" ({nextOpen,
                     timeZone}) and "guidance" (for abuse) are added when they apply
  -h, --help         show this help

Exit codes: 0 at least one reply was composed and none has an error finding, 1 no reply
could be composed (for abuse when the pack allows no reply: the guidance is printed
instead), 2 bad usage, an empty message, a missing file, an invalid history or an
invalid voice pack.`;

const PACK = `Usage: npm run --silent voice -- pack <init|validate|test> FILE
       npm run --silent voice -- pack diff OLD NEW [--json]

  pack init FILE [--force]   write the default voice pack to FILE (refuses to overwrite
                             an existing file unless --force)
  pack validate FILE         print "FILE: valid voice pack NAME VERSION" and any warnings,
                             or the problems, one "path: message" a line (exit 2)
  pack test FILE             run the pack's example replies; exit 1 when one fails
  pack diff OLD NEW          what changed from OLD to NEW, one sentence a line; exit 1
                             when they differ`;

const PACK_DIFF = `Usage: npm run --silent voice -- pack diff OLD NEW [--json]

Validates both voice packs and says what changed from OLD to NEW, one sentence a line:
the version, terms added or removed, rules, reply blocks and playbooks added, removed or
changed (matched by id, so moving an item is not a change), limits, hours, examples.

Options:
  --json         print {"changes":[{"area","kind","path","before","after"}]}, where kind
                 is added, removed or changed and path names the item, e.g.
                 vocabulary.banned["ASAP"]
  -h, --help     show this help

Exit codes: 0 the packs say the same, 1 they differ (as diff does), 2 bad usage, a
missing file or an invalid voice pack (its problems, one "path: message" a line, under
the file's name).`;

const PACK_INIT = `Usage: npm run --silent voice -- pack init FILE [--force]

Writes the default voice pack to FILE as pretty JSON, with a "$schema" pointing to
the JSON Schema for editor completion when the project has one. Refuses to overwrite an
existing FILE unless --force (-f) is given (exit 2).`;

const PACK_VALIDATE = `Usage: npm run --silent voice -- pack validate [--locale LANG] FILE

Validates the voice pack in FILE. Prints "FILE: valid voice pack NAME VERSION" and any
warnings (exit 0), or the problems, one "path: message" a line, on stderr (exit 2).

Options:
  --locale LANG  the language of the problems and warnings: ${UI_LANGUAGES.join(', ')};
                 default en. Paths stay as the pack writes them.`;

const PACK_TEST = `Usage: npm run --silent voice -- pack test [--locale LANG] FILE

Runs each of the pack's "examples" through the check with the example's platform,
language and customer name. "expect": "pass" passes when there is no finding at all;
"expect": {"trips": [ids]} passes when every listed rule id is among the findings.
Prints ✓ or ✗ for each example and why it failed, then a summary.

Options:
  --locale LANG  the language of the explanations, the findings' messages and the pack's
                 problems: ${UI_LANGUAGES.join(', ')}; default en.

Exit codes: 0 all passed, 1 an example failed, 2 an invalid voice pack.`;

const TEXTS: Record<HelpTopic, string> = {
  main: MAIN,
  check: CHECK,
  analyze: ANALYZE,
  suggest: SUGGEST,
  pack: PACK,
  'pack init': PACK_INIT,
  'pack validate': PACK_VALIDATE,
  'pack test': PACK_TEST,
  'pack diff': PACK_DIFF,
};

export function helpText(topic: HelpTopic): string {
  return TEXTS[topic] + '\n';
}
