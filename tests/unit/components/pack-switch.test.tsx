// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PackSwitch, type PackSwitchProps } from '../../../components/PackSwitch';
import { PackInvalidState } from '../../../components/PanelStates';
import { BUILTIN_ENTRY, type PackChoice } from '../../../lib/packs/types';
import { setTestUiLanguage } from '../setup';
import { renderInDom } from './dom';

const CHOICES: PackChoice[] = [
  { entry: BUILTIN_ENTRY, name: 'Replykit default voice', version: '1.0.0', usable: true },
  { entry: 'a', name: 'Acme care', version: '1.2.0', usable: true },
  { entry: 'b', name: 'Beta brand', version: '3.0.0', usable: true },
  { entry: 's', name: 'https://packs.example/team.json', usable: false },
];

function props(overrides: Partial<PackSwitchProps> = {}): PackSwitchProps {
  return {
    name: 'Acme care',
    version: '1.2.0',
    reason: 'assignment',
    assignment: { id: 'r', entry: 'a', platform: 'x' },
    choice: null,
    automatic: CHOICES[1]!,
    choices: CHOICES,
    locked: false,
    onChoose: () => {},
    ...overrides,
  };
}

let view: ReturnType<typeof renderInDom> | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
  setTestUiLanguage('en');
});

function render(p: PackSwitchProps) {
  view = renderInDom(<PackSwitch {...p} />);
  const select = view.container.querySelector('select')!;
  return {
    select,
    active: () => view!.container.querySelector('[data-testid="active-pack"]')!.textContent,
    options: () =>
      [...select.options].map((o) => ({ value: o.value, text: o.text, disabled: o.disabled })),
  };
}

function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('PackSwitch', () => {
  it.each([
    [{ reason: 'assignment', assignment: { id: 'r', entry: 'a', platform: 'x' } }, 'Assigned to X'],
    [
      { reason: 'assignment', assignment: { id: 'r', entry: 'a', account: '@acme' } },
      'Assigned to @acme',
    ],
    [
      {
        reason: 'assignment',
        assignment: { id: 'r', entry: 'a', platform: 'linkedin', account: 'acme' },
      },
      'Assigned to @acme on LinkedIn',
    ],
    [{ reason: 'assignment', assignment: { id: 'r', entry: 'a' } }, 'Assigned to every site'],
    [{ reason: 'choice', choice: 'a' }, 'Your choice'],
    [{ reason: 'fallback' }, 'Default for your team'],
    [{ reason: 'managed' }, 'Set by your organisation'],
    [{ reason: 'default', name: 'Replykit default voice', version: '1.0.0' }, 'Built-in'],
  ] as [Partial<PackSwitchProps>, string][])('shows the pack in use and why: %j', (p, why) => {
    const { active } = render(props(p));
    const name = p.name ?? 'Acme care';
    expect(active()).toContain(`${name} ${p.version ?? '1.2.0'}`);
    expect(active()).toContain(why);
  });

  it('is a labelled select: automatic with what it picks, then every pack, unusable ones disabled', () => {
    const { select, options } = render(props());
    expect(view!.container.querySelector(`label[for="${select.id}"]`)?.textContent).toBe(
      'Switch voice pack',
    );
    expect(select.disabled).toBe(false);
    expect(select.value).toBe('');
    expect(options()).toEqual([
      { value: '', text: 'Automatic: Acme care 1.2.0', disabled: false },
      { value: BUILTIN_ENTRY, text: 'Replykit default voice 1.0.0', disabled: false },
      { value: 'a', text: 'Acme care 1.2.0', disabled: false },
      { value: 'b', text: 'Beta brand 3.0.0', disabled: false },
      {
        value: 's',
        text: 'https://packs.example/team.json (no usable version yet)',
        disabled: true,
      },
    ]);
  });

  it('choosing a pack passes its entry; automatic passes null', () => {
    const onChoose = vi.fn();
    const { select } = render(props({ onChoose }));
    choose(select, 'b');
    expect(onChoose).toHaveBeenLastCalledWith('b');
    view!.unmount();
    const again = render(props({ onChoose, choice: 'b', reason: 'choice' }));
    expect(again.select.value).toBe('b');
    choose(again.select, '');
    expect(onChoose).toHaveBeenLastCalledWith(null);
  });

  it('a choice no longer offered shows automatic', () => {
    const { select } = render(props({ choice: 'gone' }));
    expect(select.value).toBe('');
  });

  it('locked with one pack of the organisation: disabled, with a visible lock that says who set it', () => {
    const only = { entry: 'managed', name: 'Acme (IT)', usable: true };
    const { select, active } = render(
      props({ locked: true, reason: 'managed', automatic: only, choices: [only] }),
    );
    expect(select.disabled).toBe(true);
    const lock = view!.container.querySelector('[data-testid="pack-switch-locked"]')!;
    expect(lock.textContent).toBe('Set by your organisation');
    expect(lock.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(select.getAttribute('aria-describedby')).toBe(lock.id);
    // Said once, by the lock.
    expect(active()).not.toContain('Set by your organisation');
  });

  it('locked with several packs of the organisation: they can still be picked, the lock is shown', () => {
    const packs = [
      { entry: 'managed', name: 'Acme (IT)', usable: true },
      { entry: 's-brand', name: 'Acme brand', usable: true },
    ];
    const { select } = render(
      props({ locked: true, reason: 'managed', automatic: packs[0]!, choices: packs }),
    );
    expect(select.disabled).toBe(false);
    expect(select.getAttribute('aria-describedby')).toBe(
      view!.container.querySelector('[data-testid="pack-switch-locked"]')!.id,
    );
  });

  it('renders pack names as text, never as HTML', () => {
    const name = '<img src=x onerror=alert(1)>';
    render(
      props({
        name,
        automatic: { entry: 'a', name, usable: true },
        choices: [{ entry: 'a', name, usable: true }],
      }),
    );
    expect(view!.container.querySelector('img')).toBeNull();
    expect(view!.container.textContent).toContain(name);
  });

  it('speaks German', () => {
    setTestUiLanguage('de');
    const { active, options } = render(props());
    expect(active()).toContain('Zugewiesen für X');
    expect(options()[0]!.text).toBe('Automatisch: Acme care 1.2.0');
  });
});

describe('PackInvalidState', () => {
  const problems = [{ path: 'id', message: 'must be lower-case words' }];

  it('names the last good version in use', () => {
    view = renderInDom(<PackInvalidState problems={problems} lastGoodName="Acme care" />);
    expect(view.container.textContent).toContain('Using the last good version of “Acme care”');
    expect(view.container.querySelector('li code')?.textContent).toBe('id');
  });

  it('names another pack standing in', () => {
    view = renderInDom(<PackInvalidState problems={problems} insteadName="Beta brand" />);
    expect(view.container.textContent).toContain('Using “Beta brand” until it is fixed.');
  });

  it('says the built-in pack is used otherwise', () => {
    view = renderInDom(<PackInvalidState problems={problems} />);
    expect(view.container.textContent).toContain('Using the built-in default pack');
  });
});
