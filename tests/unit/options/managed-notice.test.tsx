// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ManagedPolicyNotice } from '../../../components/ManagedPolicyNotice';
import { parseManagedPolicy } from '../../../lib/packs/managed';
import { renderInDom } from '../components/dom';

const pack = JSON.stringify({
  id: 'acme-it',
  name: 'Acme voice & care',
  version: '1.0.0',
  languages: ['en'],
});

const render = (raw: unknown) =>
  renderInDom(<ManagedPolicyNotice policy={parseManagedPolicy(raw)} />);

describe('ManagedPolicyNotice', () => {
  it('shows nothing without a policy', () => {
    const view = render({});
    expect(view.container.innerHTML).toBe('');
    view.unmount();
  });

  it('lists what the organisation manages, with the inline pack’s name', () => {
    const view = render({
      pack,
      lockPacks: true,
      packUrls: ['https://it.example/voice.json'],
      retentionDays: 30,
      checkIntervalHours: 6,
    });
    const section = view.container.querySelector('section')!;
    const heading = section.querySelector('h2')!;
    expect(heading.textContent).toBe('Managed by your organisation');
    expect(section.getAttribute('aria-labelledby')).toBe(heading.id);
    const items = [...section.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual([
      'Voice packs: only your organisation’s packs are used, wherever you reply.',
      'A voice pack from your organisation: “Acme voice & care”.',
      'Subscribed pack addresses, which you cannot remove: https://it.example/voice.json',
      'Conversations are kept for 30 days.',
      'Subscribed packs are checked for a new version every 6 hours.',
    ]);
    expect(section.querySelector('[role="alert"]')).toBeNull();
    view.unmount();
  });

  it('shows each invalid value with its key, for the administrator', () => {
    const view = render({ retentionDays: -1, packUrls: ['http://intranet/p.json'], pack: '{' });
    const alert = view.container.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('pass this on to your IT administrator');
    const paths = [...alert.querySelectorAll('li')].map((li) => li.getAttribute('data-path'));
    expect(paths).toEqual(['packUrls[0]', 'pack', 'retentionDays']);
    expect(alert.querySelector('li code')!.textContent).toBe('packUrls[0]');
    // The broken inline pack is named as broken, not by a name it does not have.
    expect(view.container.textContent).toContain('which has errors (see below) and is not used');
    view.unmount();
  });
});
