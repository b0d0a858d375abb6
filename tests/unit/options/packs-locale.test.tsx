// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { PackExamples } from '../../../components/PackExamples';
import { usePackEditor } from '../../../lib/options/packs-editor';
import { readPackFile } from '../../../lib/options/packs-file';
import { makePack } from '../rules/helpers';
import { renderInDom } from '../components/dom';
import { brokenPackText } from '../packs/helpers';
import { setTestUiLanguage } from '../setup';

afterEach(() => setTestUiLanguage('en'));

/** The problems the editor shows beside the fields, as `path: message`. */
function EditorProblems({ text }: { text: string }) {
  const editor = usePackEditor(text, undefined, () => Promise.resolve(true));
  const problems = editor.parsed.ok ? [] : editor.parsed.errors;
  return (
    <ul>
      {problems.map((problem) => (
        <li key={problem.path}>{`${problem.path}: ${problem.message}`}</li>
      ))}
    </ul>
  );
}

const lines = (root: HTMLElement) => [...root.querySelectorAll('li')].map((li) => li.textContent);

describe('the options page writes pack problems in the UI language', () => {
  it('the pack editor validates in the browser’s language', () => {
    const text = brokenPackText('Acme');
    setTestUiLanguage('de');
    const german = renderInDom(<EditorProblems text={text} />);
    expect(lines(german.container)).toEqual([
      'id: muss aus kleingeschriebenen Wörtern mit Bindestrichen dazwischen bestehen, z. B. "acme-care"',
    ]);
    german.unmount();
    setTestUiLanguage('sv');
    const swedish = renderInDom(<EditorProblems text={text} />);
    expect(lines(swedish.container)).toEqual([
      'id: måste vara ord med små bokstäver och bindestreck emellan, t.ex. "acme-care"',
    ]);
    swedish.unmount();
    setTestUiLanguage('en');
    const english = renderInDom(<EditorProblems text={text} />);
    expect(lines(english.container)).toEqual([
      'id: must be lower-case words joined by hyphens, e.g. "acme-care"',
    ]);
    english.unmount();
  });

  it('an import refusal lists the file’s problems in the browser’s language', async () => {
    setTestUiLanguage('sv');
    expect(await readPackFile(new Blob(['{"id": 1']))).toEqual({
      ok: false,
      reason: 'invalid',
      problems: [
        {
          path: '(root)',
          message:
            'ogiltig JSON på rad 1, kolumn 9: förväntade "," eller "}" men fick textens slut',
        },
      ],
    });
  });

  it('the pack tests explain a failure in the browser’s language', () => {
    const pack = makePack({
      rules: [{ kind: 'existence', id: 'no-cheap', message: 'Not “%s”', tokens: ['cheap'] }],
      examples: [{ text: 'Affordable.', expect: { trips: ['brand.custom.no-cheap'] } }],
    });
    setTestUiLanguage('de');
    const view = renderInDom(<PackExamples pack={pack} stale={false} />);
    expect(view.container.querySelector('.pack-test__why')?.textContent).toMatch(
      /^brand\.custom\.no-cheap sollte auslösen, hat es aber nicht; gefunden/,
    );
    view.unmount();
  });
});
