// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { act, useState } from 'react';
import { PackForm } from '../../../components/PackForm';
import { parsePack } from '../../../lib/voice/parse';
import { defaultPackInput } from '../../../lib/voice/default-pack';
import { renderInDom } from '../components/dom';

type Pack = Record<string, unknown>;

const base: Pack = {
  id: 'acme-care',
  name: 'Acme care',
  version: '1.0.0',
  languages: ['en', 'de'],
};

function render(value: Pack, extra: { readOnly?: boolean } = {}) {
  const onChange = vi.fn<(next: Pack) => void>();
  const parsed = parsePack(value);
  const problems = parsed.ok ? [] : parsed.errors;
  const view = renderInDom(
    <PackForm value={value} onChange={onChange} problems={problems} readOnly={extra.readOnly} />,
  );
  openAll(view.container);
  const last = () => onChange.mock.calls.at(-1)![0];
  return { ...view, onChange, last };
}

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')!.set!;
  act(() => {
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Opens every folded section and item, as a person clicking each summary would. */
function openAll(container: HTMLElement) {
  for (;;) {
    const closed = [...container.querySelectorAll('details')].filter((d) => !d.open);
    if (closed.length === 0) return;
    act(() => {
      for (const details of closed) {
        details.open = true;
        details.dispatchEvent(new Event('toggle'));
      }
    });
  }
}

function field(container: HTMLElement, pattern: string): HTMLElement {
  const found = container.querySelector<HTMLElement>(`[data-field="${pattern}"]`);
  if (!found) throw new Error(`no field ${pattern}`);
  return found;
}

describe('PackForm', () => {
  // The default pack is the largest form there is; happy-dom renders it slowly on a shared CPU.
  it(
    'renders the default pack without problems, and an untouched form changes nothing',
    { timeout: 60_000 },
    () => {
      const value = structuredClone(defaultPackInput) as Pack;
      const view = render(value);
      expect(view.container.querySelector('.pack-form__unplaced')).toBeNull();
      expect(view.container.querySelectorAll('[aria-invalid="true"]')).toHaveLength(0);
      expect(view.onChange).not.toHaveBeenCalled();
      expect(value).toEqual(defaultPackInput);
      view.unmount();
    },
  );

  it('renders a folded section’s fields only once it is opened, and counts its problems while folded', () => {
    const value = { ...base, tone: { maxExclamations: -1 } };
    const parsed = parsePack(value);
    const view = renderInDom(
      <PackForm value={value} onChange={() => {}} problems={parsed.ok ? [] : parsed.errors} />,
    );
    const tone = [...view.container.querySelectorAll('details')].find((d) =>
      d.querySelector('summary')!.textContent!.includes('Tone'),
    )!;
    // A problem opens its section at once; fold it again, as a person might.
    act(() => {
      tone.open = false;
      tone.dispatchEvent(new Event('toggle'));
    });
    expect(tone.querySelector('[data-field="tone.maxExclamations"]')).toBeNull();
    expect(tone.querySelector('summary')!.textContent).toContain('1 problem');
    act(() => {
      tone.open = true;
      tone.dispatchEvent(new Event('toggle'));
    });
    const input = field(view.container, 'tone.maxExclamations').querySelector('input')!;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    view.unmount();
  });

  it('follows its own edits when the value comes back: each field shows what was typed, and untouched parts stay the same objects', () => {
    const seen: Pack[] = [];
    function Harness() {
      const [value, setValue] = useState<Pack>({
        ...base,
        blocks: [{ id: 'late', label: 'Late parcel', kind: 'apology', text: { en: 'Sorry!' } }],
      });
      return (
        <PackForm
          value={value}
          onChange={(next) => {
            seen.push(next);
            setValue(next);
          }}
          problems={[]}
        />
      );
    }
    const view = renderInDom(<Harness />);
    openAll(view.container);
    const description = () => field(view.container, 'description').querySelector('textarea')!;
    type(description(), 'C');
    type(description(), 'Ca');
    expect(description().value).toBe('Ca');
    const label = () => field(view.container, 'blocks[].label').querySelector('input')!;
    type(label(), 'Late box');
    expect(label().value).toBe('Late box');
    expect(seen.map((p) => p.description)).toEqual(['C', 'Ca', 'Ca']);
    expect((seen[2]!.blocks as Pack[])[0]).toMatchObject({
      label: 'Late box',
      text: { en: 'Sorry!' },
    });
    expect(seen[1]!.blocks).toBe(seen[0]!.blocks);

    // A new item opens at once, its fields ready to type in.
    act(() => view.button('Add a building block').click());
    const items = view.container.querySelectorAll('[data-field="blocks"] .pack-list__item details');
    expect(items).toHaveLength(2);
    expect((items[1] as HTMLDetailsElement).open).toBe(true);
    expect(items[1]!.querySelector('[data-field="blocks[].label"] input')).not.toBeNull();
    view.unmount();
  });

  it('never merges two rows of a record: a key another row has is marked, not written', () => {
    const seen: Pack[] = [];
    function Harness() {
      const [value, setValue] = useState<Pack>({
        ...base,
        overrides: { 'human.form-letter': 'off', 'brand.banned': 'error' },
      });
      return (
        <PackForm
          value={value}
          onChange={(next) => {
            seen.push(next);
            setValue(next);
          }}
          problems={[]}
        />
      );
    }
    const view = renderInDom(<Harness />);
    openAll(view.container);
    const ruleInputs = () =>
      [...view.container.querySelectorAll<HTMLInputElement>('input')].filter(
        (input) => input.labels?.[0]?.textContent === 'Check',
      );
    expect(ruleInputs().map((input) => input.value)).toEqual(['human.form-letter', 'brand.banned']);
    const second = ruleInputs()[1]!;
    type(second, 'human.form-letter');
    // Kept as typed and marked; the pack still has both rows.
    expect(ruleInputs()[1]!.value).toBe('human.form-letter');
    expect(ruleInputs()[1]!.getAttribute('aria-invalid')).toBe('true');
    expect(view.container.querySelector('[role="alert"]')!.textContent).toContain(
      '“human.form-letter” is already in the list',
    );
    expect(seen.every((p) => Object.keys(p.overrides as Pack).length === 2)).toBe(true);
    // Typing on to a key of its own writes it, with the row's level kept.
    type(ruleInputs()[1]!, 'human.form-letters');
    expect(seen.at(-1)!.overrides).toEqual({
      'human.form-letter': 'off',
      'human.form-letters': 'error',
    });
    expect(view.container.querySelector('[role="alert"]')).toBeNull();
    view.unmount();
  });

  it('ties the "leave empty for the default" hint to its number field', () => {
    const view = render(base);
    const input = field(view.container, 'tone.maxExclamations').querySelector('input')!;
    const described = input.getAttribute('aria-describedby')!.split(' ');
    const texts = described.map((id) => view.container.querySelector(`[id="${id}"]`)?.textContent);
    expect(texts).toContain('Leave empty for the default: 1.');
    view.unmount();
  });

  it('adds a banned term with its reason', () => {
    const view = render(base);
    act(() => view.button('Add a banned word').click());
    expect(view.last()).toMatchObject({ vocabulary: { banned: [{ term: '', reason: '' }] } });
    view.unmount();
  });

  it('writes a block’s German text as variants, and only shows the pack’s languages', () => {
    const value = {
      ...base,
      blocks: [{ id: 'late', label: 'Late parcel', kind: 'apology', text: { en: 'Sorry!' } }],
    };
    const view = render(value);
    const text = field(view.container, 'blocks[].text');
    const legends = [...text.querySelectorAll('.pack-languages > fieldset > legend')].map(
      (l) => l.textContent,
    );
    expect(legends).toEqual(['English', 'German']);
    const german = text.querySelectorAll('.pack-languages > fieldset')[1]!;
    act(() => [...german.querySelectorAll('button')].at(-1)!.click());
    expect(view.last()).toMatchObject({ blocks: [{ text: { en: 'Sorry!', de: '' } }] });
    view.unmount();

    const twice = render({
      ...base,
      blocks: [{ ...value.blocks[0], text: { en: 'Sorry!', de: 'Tut mir leid.' } }],
    });
    const de = field(twice.container, 'blocks[].text').querySelectorAll(
      '.pack-languages > fieldset',
    )[1]!;
    act(() => [...de.querySelectorAll('button')].at(-1)!.click());
    expect(twice.last()).toMatchObject({ blocks: [{ text: { de: ['Tut mir leid.', ''] } }] });
    twice.unmount();

    const two = render({
      ...base,
      blocks: [{ ...value.blocks[0], text: { de: ['Tut mir leid.', ''] } }],
    });
    const inputs = field(two.container, 'blocks[].text').querySelectorAll('textarea');
    type(inputs[1]!, 'Das ist ärgerlich.');
    expect(two.last()).toMatchObject({
      blocks: [{ text: { de: ['Tut mir leid.', 'Das ist ärgerlich.'] } }],
    });
    two.unmount();
  });

  it('switches a custom rule’s kind from the select', () => {
    const view = render({
      ...base,
      rules: [{ id: 'no-cheap', kind: 'existence', message: 'Not %s', tokens: ['cheap'] }],
    });
    const select = field(view.container, 'rules[]{existence}.kind').querySelector('select')!;
    act(() => {
      select.value = 'substitution';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(view.last().rules).toEqual([
      { id: 'no-cheap', kind: 'substitution', message: 'Not %s', swap: {} },
    ]);
    view.unmount();
  });

  it('removes an optional field’s key when it is cleared, and keeps keys it does not know', () => {
    const value = {
      ...base,
      description: 'Care',
      tone: { maxExclamations: 2, futureField: 1 },
      extra: true,
    };
    const view = render(value);
    type(field(view.container, 'description').querySelector('textarea')!, '');
    expect(view.last()).not.toHaveProperty('description');
    expect(view.last()).toMatchObject({ extra: true });
    type(field(view.container, 'tone.maxExclamations').querySelector('input')!, '');
    expect(view.last().tone).toEqual({ futureField: 1 });
    type(field(view.container, 'tone.maxExclamations').querySelector('input')!, '3');
    expect(view.last().tone).toEqual({ maxExclamations: 3, futureField: 1 });
    expect(value.tone).toEqual({ maxExclamations: 2, futureField: 1 });
    view.unmount();
  });

  it('shows each problem beside its field, marked invalid, and the rest at the top', () => {
    const view = render({
      ...base,
      version: 'one',
      vocabulary: { banned: [{ term: 'cheap' }] },
      colour: 'red',
    });
    const version = field(view.container, 'version').querySelector('input')!;
    expect(version.getAttribute('aria-invalid')).toBe('true');
    const described = version.getAttribute('aria-describedby')!.split(' ');
    const messages = described.map((id) => document.getElementById(id)!.textContent).join(' ');
    expect(messages).toContain('semantic version');
    const reason = field(view.container, 'vocabulary.banned[].reason').querySelector('input')!;
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(view.container.querySelector('.pack-form__unplaced')!.textContent).toContain('colour');
    view.unmount();
  });

  it('disables every control when read-only', () => {
    const view = render(
      {
        ...base,
        blocks: [{ id: 'a', label: 'A', kind: 'answer', text: { en: 'Hi' } }],
        rules: [{ id: 'x', kind: 'metric', message: 'm', metric: 'words' }],
      },
      { readOnly: true },
    );
    const controls = [...view.container.querySelectorAll('input, select, textarea, button')];
    expect(controls.length).toBeGreaterThan(50);
    expect(controls.filter((c) => !(c as HTMLInputElement).disabled)).toEqual([]);
    view.unmount();
  });

  it('labels every control', () => {
    const view = render({
      ...base,
      hours: {
        timeZone: 'Europe/Berlin',
        week: { mon: [{ from: '08:00', to: '20:00' }] },
        afterHours: {},
      },
    });
    for (const control of view.container.querySelectorAll('input, select, textarea')) {
      const id = control.id;
      const labelled =
        control.closest('label') !== null ||
        control.hasAttribute('aria-label') ||
        (id !== '' && view.container.querySelector(`label[for="${id}"]`) !== null);
      expect(labelled, control.outerHTML).toBe(true);
    }
    view.unmount();
  });
});
