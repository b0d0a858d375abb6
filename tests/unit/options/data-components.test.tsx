// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { DataBackup, ImportProblems } from '../../../components/DataBackup';
import { DataContactDetail } from '../../../components/DataContactDetail';
import { ForgetDialog } from '../../../components/DataForgetDialog';
import { SectionNav } from '../../../components/DataSectionNav';
import type { Contact, Identity, Interaction, LinkRecord } from '../../../lib/memory';
import type { ContactDetail } from '../../../lib/options/data-actions';
import { renderInDom } from '../components/dom';

const T = Date.UTC(2025, 5, 1, 10);
const noop = () => {};

const contact: Contact = {
  id: 'c1',
  name: '<img src=x onerror=alert(1)> Maya',
  notes: '<script>alert(1)</script>',
  tags: ['vip'],
  createdAt: T,
  updatedAt: T,
};
const identities: Identity[] = [
  {
    id: 'instagram:@maya.p',
    platform: 'instagram',
    handle: 'maya.p',
    displayName: 'Maya Patel',
    profileUrl: 'javascript:alert(1)',
    contactId: 'c1',
    firstSeen: T,
    lastSeen: T,
  },
  {
    id: 'x:@maya_p',
    platform: 'x',
    handle: 'maya_p',
    profileUrl: 'https://x.com/maya_p',
    contactId: 'c1',
    firstSeen: T,
    lastSeen: T,
  },
];
const interaction: Interaction = {
  id: 'i1',
  identityId: 'instagram:@maya.p',
  platform: 'instagram',
  composerKind: 'direct-message',
  theirMessage: '<b>parcel</b> late',
  ourReply: 'Sorry, Maya.',
  intent: 'delivery',
  at: T,
  packId: 'default',
  packVersion: '1',
  findings: [],
  suggestion: 'as-is',
  sendKey: 'k1',
};
const link: LinkRecord = {
  id: 'l1',
  kind: 'link',
  identityIds: ['instagram:@maya.p', 'x:@maya_p'],
  before: { 'instagram:@maya.p': 'c1', 'x:@maya_p': 'c2' },
  contactId: 'c1',
  evidence: [{ kind: 'same-display-name', value: 'Maya Patel', seenIn: [], strength: 'strong' }],
  confirmedBy: 'MP',
  at: T,
  contactsBefore: [],
};

function detail(overrides: Partial<ContactDetail> = {}): ContactDetail {
  return {
    contact,
    identities,
    interactions: [interaction],
    conversations: 1,
    suggestions: [],
    links: [link],
    ...overrides,
  };
}

function detailProps() {
  return {
    detail: detail(),
    busy: false,
    onSave: vi.fn(),
    onLink: vi.fn(),
    onUnlink: vi.fn(),
    onUndo: vi.fn(),
    mergeQuery: '',
    onMergeQuery: vi.fn(),
    onMerge: vi.fn(),
    onForget: vi.fn(),
    onClose: vi.fn(),
  };
}

describe('DataContactDetail', () => {
  it('renders page text as text and links only http(s) profiles', () => {
    const view = renderInDom(<DataContactDetail {...detailProps()} />);
    const { container } = view;
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(container.querySelector('h3')!.textContent).toBe('<img src=x onerror=alert(1)> Maya');
    expect(container.textContent).toContain('<b>parcel</b> late');
    const links = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://x.com/maya_p']);
    expect(container.textContent).toContain('javascript:alert(1)');
    view.unmount();
  });

  it('shows the history facts, the link history with who confirmed it, and undoes by id', async () => {
    const props = detailProps();
    const view = renderInDom(<DataContactDetail {...props} />);
    const history = view.container.querySelector('.data-history__item')!.textContent!;
    expect(history).toContain('Instagram');
    expect(history).toContain('an order or delivery');
    expect(history).toContain('suggestion used as is');
    expect(history).toContain('open');
    const record = view.container.querySelector('.data-link')!.textContent!;
    expect(record).toContain('Linked @maya.p on Instagram, @maya_p on X');
    expect(record).toContain('Confirmed by MP');
    expect(record).toContain('Same display name: Maya Patel');
    await view.act(() => view.button('Undo: Linked @maya.p on Instagram, @maya_p on X').click());
    expect(props.onUndo).toHaveBeenCalledWith('l1');
    await view.act(() => view.button('Unlink @maya_p on X').click());
    expect(props.onUnlink).toHaveBeenCalledWith('x:@maya_p');
    view.unmount();
  });

  it('saves notes and tags as typed', async () => {
    const props = detailProps();
    const view = renderInDom(<DataContactDetail {...props} />);
    const tags = view.container.querySelectorAll('input[type="text"]')[1] as HTMLInputElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    await view.act(() => {
      setter.call(tags, 'vip, late delivery,VIP');
      tags.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await view.act(() => view.button('Save').click());
    expect(props.onSave).toHaveBeenCalledWith({
      name: contact.name,
      notes: contact.notes,
      tags: ['vip', 'late delivery'],
    });
    view.unmount();
  });
});

describe('ForgetDialog', () => {
  it('takes the focus, keeps Tab inside, cancels on Escape and confirms only with the name', async () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    const view = renderInDom(
      <ForgetDialog
        name="Maya Patel"
        identities={2}
        conversations={3}
        busy={false}
        onConfirm={onConfirm}
        onCancel={onCancel}
      />,
    );
    const dialog = view.container.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const input = dialog.querySelector('input')!;
    expect(document.activeElement).toBe(input);
    const confirm = view.button('Forget for good');
    expect(confirm.disabled).toBe(true);

    // Tab from the last control comes back to the first; Shift+Tab from the first goes last.
    const cancel = view.button('Cancel');
    const press = (key: string, shiftKey = false) =>
      document.activeElement!.dispatchEvent(
        new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true }),
      );
    cancel.focus();
    await view.act(() => press('Tab'));
    expect(document.activeElement).toBe(input);
    await view.act(() => press('Tab', true));
    expect(document.activeElement).toBe(cancel);

    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    await view.act(() => {
      setter.call(input, 'maya  patel');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(confirm.disabled).toBe(false);
    await view.act(() => confirm.click());
    expect(onConfirm).toHaveBeenCalledTimes(1);

    input.focus();
    await view.act(() => press('Escape'));
    expect(onCancel).toHaveBeenCalledTimes(1);
    view.unmount();
  });
});

describe('import errors', () => {
  it('lists the first 50 problems with their paths and counts the rest', () => {
    const problems = Array.from({ length: 60 }, (_, i) => ({
      path: `contacts[${i}].name`,
      message: '<b>too long</b>',
    }));
    const view = renderInDom(
      <ImportProblems failure={{ kind: 'invalid-import', detail: '', problems }} />,
    );
    const items = [...view.container.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toHaveLength(50);
    expect(items[0]).toBe('contacts[0].name <b>too long</b>');
    expect(view.container.textContent).toContain('and 10 more');
    expect(view.container.textContent).toContain('Nothing was imported or changed.');
    view.unmount();
  });

  it('hands the chosen file and mode to the import', async () => {
    const onImport = vi.fn();
    const view = renderInDom(
      <DataBackup
        exporting={false}
        disabled={false}
        onExportJson={noop}
        onExportCsv={noop}
        importState={{ phase: 'idle' }}
        onImport={onImport}
      />,
    );
    const replace = view.container.querySelector('input[value="replace"]') as HTMLInputElement;
    await view.act(() => replace.click());
    const input = view.container.querySelector('input[type="file"]') as HTMLInputElement;
    const file = new File(['{}'], 'backup.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await view.act(() => input.dispatchEvent(new Event('change', { bubbles: true })));
    expect(onImport).toHaveBeenCalledWith(file, 'replace');
    view.unmount();
  });
});

describe('SectionNav', () => {
  it('marks the open section', () => {
    const view = renderInDom(<SectionNav current="data" />);
    const links = [...view.container.querySelectorAll('a')];
    expect(links.map((a) => [a.getAttribute('href'), a.getAttribute('aria-current')])).toEqual([
      ['#packs', null],
      ['#sites', null],
      ['#data', 'page'],
    ]);
    view.unmount();
  });
});
