import { act, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';

// React's act() warns unless the environment says it is a test one.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * Renders into the (happy-dom) document, so a test can click. `act` wraps a step whose updates
 * should land before the test looks; `unmount` removes it all.
 */
export function renderInDom(element: ReactElement) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(element));
  return {
    container,
    button: (name: string) =>
      [...container.querySelectorAll('button')].find(
        (b) => b.getAttribute('aria-label') === name || b.textContent === name,
      )!,
    act: async (step: () => unknown) => {
      await act(async () => {
        await step();
      });
    },
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}
