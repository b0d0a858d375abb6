import { t } from '../i18n';

export interface BadgeView {
  /** Findings in the draft, as the panel counted them; undefined until the panel has checked it. */
  findings?: number;
  errors?: number;
  returning?: boolean;
}

export interface Badge {
  /** Shows the badge at the bottom-right corner of `anchor`, or moves it there. */
  show(anchor: Element, view: BadgeView): void;
  update(view: BadgeView): void;
  reposition(): void;
  hide(): void;
  destroy(): void;
  /** The host element in the page (for tests and for ignoring our own mutations). */
  readonly host: HTMLElement;
}

const SIZE = 28;
const STYLE = `
:host { all: initial; }
button {
  position: fixed; z-index: 2147483646; box-sizing: border-box;
  min-width: ${SIZE}px; height: ${SIZE}px; padding: 0 8px; border-radius: ${SIZE / 2}px;
  display: inline-flex; align-items: center; gap: 4px;
  font: 600 12px/1 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: #fff; background: #4338ca; border: 2px solid #fff; cursor: pointer;
  box-shadow: 0 1px 4px rgb(0 0 0 / 0.3);
}
button[data-state="errors"] { background: #b91c1c; }
button[data-state="clean"] { background: #15803d; }
button:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
button[hidden] { display: none; }
`;

function describe(view: BadgeView): { text: string; label: string; state: string } {
  const who =
    view.returning === undefined
      ? ''
      : t(view.returning ? 'content_badge_returning' : 'content_badge_first_contact');
  if (view.findings === undefined) {
    return {
      // The product's initial, not a word.
      text: 'R',
      label: sentences(t('content_badge_unchecked'), who),
      state: 'unchecked',
    };
  }
  const errors = view.errors ?? 0;
  const findings = t(
    view.findings === 1 ? 'content_badge_findings_one' : 'content_badge_findings_other',
    { count: view.findings },
  );
  const summary =
    errors > 0
      ? t('content_badge_summary_errors', {
          findings,
          errors: t(errors === 1 ? 'content_badge_errors_one' : 'content_badge_errors_other', {
            count: errors,
          }),
        })
      : t('content_badge_summary', { findings });
  return {
    text: view.findings === 0 ? '✓' : String(view.findings),
    label: sentences(summary, who, t('content_badge_open')),
    state: errors > 0 ? 'errors' : view.findings === 0 ? 'clean' : 'findings',
  };
}

function sentences(...parts: string[]): string {
  return parts.filter(Boolean).join(' ');
}

/**
 * The small button beside the active composer. It lives in a shadow root outside the editor,
 * so the site's styles can't reach it and the site's editor never sees our markup.
 */
export function createBadge(doc: Document, onOpen: () => void): Badge {
  const host = doc.createElement('replykit-badge');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const button = doc.createElement('button');
  button.type = 'button';
  button.hidden = true;
  button.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    onOpen();
  });
  // Keep the composer's focus and selection when the badge is clicked with the mouse.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  root.append(style, button);

  let anchor: Element | undefined;
  let view: BadgeView = {};

  function render() {
    const { text, label, state } = describe(view);
    button.textContent = text;
    button.setAttribute('aria-label', label);
    button.title = label;
    button.dataset.state = state;
  }

  function reposition() {
    if (!anchor || !anchor.isConnected) {
      button.hidden = true;
      return;
    }
    const rect = anchor.getBoundingClientRect();
    button.hidden = rect.width === 0 && rect.height === 0;
    const width = button.offsetWidth || SIZE;
    button.style.left = `${Math.max(0, rect.right - width - 4)}px`;
    button.style.top = `${Math.max(0, rect.bottom - SIZE - 4)}px`;
  }

  return {
    host,
    show(next, nextView) {
      anchor = next;
      view = nextView;
      if (!host.isConnected) (doc.body ?? doc.documentElement).append(host);
      render();
      reposition();
    },
    update(nextView) {
      view = nextView;
      render();
      reposition();
    },
    reposition,
    hide() {
      anchor = undefined;
      button.hidden = true;
    },
    destroy() {
      host.remove();
    },
  };
}
