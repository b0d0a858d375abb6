// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { act } from 'react';
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

  it('adds a banned term with its reason', () => {
    const view = render(base);
    act(() => view.button('Add a banned word').click());
    expect(view.last()).toMatchObject({ vocabulary: { banned: [{ term: '', reason: '' }] } });
    view.unmount();
  });
});
