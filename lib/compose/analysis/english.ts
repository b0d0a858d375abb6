import nlp from 'compromise';
import datesPlugin from 'compromise-dates';

// compromise learns dates from a plugin; it is registered on first use, not on import, so that
// importing lib/compose costs nothing until a message is read.
let ready = false;

export interface Span {
  start: number;
  end: number;
  text: string;
}

interface NlpMatch {
  text: string;
  offset: { start: number; length: number };
}

interface NlpView {
  json(options: object): NlpMatch[];
}

interface NlpDoc {
  people(): NlpView;
  dates(): NlpView;
}

/** People and dates in an English message: the one place the message is parsed by compromise. */
export function englishEntities(text: string): { people: Span[]; dates: Span[] } {
  if (!ready) {
    nlp.plugin(datesPlugin);
    ready = true;
  }
  const doc = nlp(text) as unknown as NlpDoc;
  const spans = (view: NlpView): Span[] =>
    view.json({ offset: true, terms: false }).map((m) => ({
      start: m.offset.start,
      end: m.offset.start + m.offset.length,
      text: m.text,
    }));
  return { people: spans(doc.people()), dates: spans(doc.dates()) };
}
