// @vitest-environment happy-dom
import { act } from 'react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DataRetention } from '../../../components/DataRetention';
import { renderInDom } from '../components/dom';

async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe('the retention field under a policy', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows the administrator’s value, disabled, marked as set by the organisation', async () => {
    await fakeBrowser.storage.managed.set({ retentionDays: 30 });
    const onSave = vi.fn(() => Promise.resolve(true));
    const view = renderInDom(<DataRetention days={365} max={3650} onSave={onSave} />);
    await settle();
    const input = view.container.querySelector('input')!;
    expect(input.value).toBe('30');
    expect(input.disabled).toBe(true);
    expect(view.container.querySelector('button[type="submit"]')).toBeNull();
    const lock = view.container.querySelector('.managed-lock')!;
    expect(lock.textContent).toContain('Set by your organisation');
    expect(lock.textContent).toContain('IT administrator');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(lock.id);
    view.unmount();
  });

  it('without a policy the user’s own value is editable', async () => {
    const view = renderInDom(
      <DataRetention days={365} max={3650} onSave={() => Promise.resolve(true)} />,
    );
    await settle();
    const input = view.container.querySelector('input')!;
    expect(input.value).toBe('365');
    expect(input.disabled).toBe(false);
    expect(view.container.querySelector('.managed-lock')).toBeNull();
    view.unmount();
  });

  it('where managed storage throws (Firefox without policies.json), there is no policy: the user’s value is editable', async () => {
    const get = vi
      .spyOn(fakeBrowser.storage.managed, 'get')
      .mockRejectedValue(new Error('Managed storage manifest not found'));
    const view = renderInDom(
      <DataRetention days={90} max={3650} onSave={() => Promise.resolve(true)} />,
    );
    await settle();
    expect(get).toHaveBeenCalled();
    const input = view.container.querySelector('input')!;
    expect(input.value).toBe('90');
    expect(input.disabled).toBe(false);
    expect(view.container.querySelector('.managed-lock')).toBeNull();
    view.unmount();
    get.mockRestore();
  });

  it('follows the policy when the administrator sets it while the page is open', async () => {
    const view = renderInDom(
      <DataRetention days={365} max={3650} onSave={() => Promise.resolve(true)} />,
    );
    await settle();
    await act(async () => {
      await fakeBrowser.storage.managed.set({ retentionDays: 14 });
    });
    await settle();
    const input = view.container.querySelector('input')!;
    expect(input.value).toBe('14');
    expect(input.disabled).toBe(true);
    view.unmount();
  });
});
