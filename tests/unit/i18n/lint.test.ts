import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The project's own ESLint config, on code as it would sit in components/: interface text
// written as a literal fails `npm run lint`; text from t() and non-text literals pass.
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(code: string, filePath = 'components/Probe.tsx'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages
    .filter((m) => m.ruleId === 'i18next/no-literal-string' || m.ruleId === 'no-restricted-syntax')
    .map((m) => code.split('\n')[m.line - 1]!.trim());
}

const component = (body: string) => `import { t } from '../lib/i18n';
export function Probe({ on, n }: { on: boolean; n: number }) {
  return (
    <div>
${body}
    </div>
  );
}
`;

describe('interface text in JSX goes through t()', () => {
  it.each([
    ['text between tags', '<p>Plain text</p>'],
    ['a string literal between tags', "<p>{'Hello there'}</p>"],
    ['a template literal between tags', '<p>{`${n} replies sent`}</p>'],
    ['a ternary of literals', "<p>{on ? 'Shown' : 'Hidden'}</p>"],
    ['a literal after &&', "<p>{on && 'Shown'}</p>"],
    ['an aria-label', '<button aria-label="Close this" />'],
    ['a title', '<abbr title="Direct message">DM</abbr>'],
    ['a placeholder', '<input placeholder="Type here" />'],
    ['an alt text', '<img alt="Company logo" src="/a.png" />'],
  ])('fails on %s', async (_, line) => {
    expect(await problems(component(line))).toContain(line);
  });

  it('fails in entrypoints too', async () => {
    expect(await problems(component('<p>Plain text</p>'), 'entrypoints/options/Probe.tsx')).toEqual(
      ['<p>Plain text</p>'],
    );
  });

  it('passes text from t(), keys, punctuation, symbols and non-text attributes', async () => {
    const ok = component(
      [
        '<p className="note" data-state="on">{t(\'panel_findings_none\')}</p>',
        "<button aria-label={t('panel_findings_heading')}>{n}</button>",
        "<span>{' '}{on ? '…' : '✓'}{' · '}</span>",
        '<img alt="" src="/icon/32.png" width={28} />',
        '<input type="text" autoComplete="off" inputMode="url" />',
      ].join('\n'),
    );
    expect(await problems(ok)).toEqual([]);
  });
});
