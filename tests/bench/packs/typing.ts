/**
 * Typing in the pack editor of the options page, in Chromium with the built extension: a new
 * pack from the default, then characters typed one by one (50 ms apart, as a person types) into
 * the form's Description field and into the JSON view (at the end of the description's string, so the
 * text stays valid and every keystroke validates, runs the examples and the preview). Each
 * keydown and input event's duration comes from the page's own Event Timing entries: from the
 * key press to the next paint after its handlers ran, which is the delay a person feels.
 */
import { launchExtension } from '../../e2e/extension';
import { summarise, type Timing } from '../measure';

/** Event Timing reports only events at least this long; shorter ones count as this (an upper bound). */
export const EVENT_THRESHOLD_MS = 16;

export interface TypingFigures {
  form: Timing;
  json: Timing;
  /** The typed text arrived: in the form's field, then in the JSON. */
  typed: boolean;
  /** Keydown and input events per view that took at least the threshold. */
  slowEvents: { form: number; json: number };
}

const FORM_TEXT = ' typed key by key...';
const JSON_TEXT = ' and more.';

declare global {
  interface Window {
    __packTyping?: number[];
  }
}

/** `extensionDir`: another build to compare with (default: this tree's). */
export async function measureTyping(extensionDir?: string): Promise<TypingFigures> {
  const extension = await launchExtension(extensionDir);
  try {
    const page = await extension.context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(extension.url('options.html#packs'));
    await page.getByRole('button', { name: 'New pack from the default' }).click();
    await page.getByTestId('pack-editor-heading').waitFor();

    await page.evaluate((threshold) => {
      window.__packTyping = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          if (entry.name === 'keydown' || entry.name === 'input')
            window.__packTyping!.push(entry.duration);
        // durationThreshold is in the Event Timing spec, not yet in TypeScript's DOM types.
      }).observe({ type: 'event', durationThreshold: threshold } as PerformanceObserverInit);
    }, EVENT_THRESHOLD_MS);

    const take = async (): Promise<number[]> => {
      // Entries arrive after the next paint: wait for a few frames before reading.
      await page.waitForTimeout(500);
      return page.evaluate(() => window.__packTyping!.splice(0));
    };

    const description = page.getByLabel('Description', { exact: true });
    await description.click();
    await page.keyboard.press('Control+End');
    await take();
    await page.keyboard.type(FORM_TEXT, { delay: 50 });
    const form = await take();
    const formTyped = (await description.inputValue()).endsWith(FORM_TEXT);

    await page.getByRole('button', { name: 'JSON', exact: true }).click();
    const json = page.locator('textarea.pack-editor__textarea');
    // At the end of what was typed in the form: inside the description's string.
    await json.evaluate((area: HTMLTextAreaElement, typed) => {
      const at = area.value.indexOf(typed) + typed.length;
      area.focus();
      area.setSelectionRange(at, at);
    }, FORM_TEXT);
    await take();
    await page.keyboard.type(JSON_TEXT, { delay: 50 });
    const jsonSamples = await take();
    const jsonTyped = (await json.inputValue()).includes(`${FORM_TEXT}${JSON_TEXT}`);

    // Two events (keydown, input) per character; those under the threshold are not reported.
    const padded = (samples: number[], chars: number) => [
      ...samples,
      ...Array.from({ length: Math.max(0, chars * 2 - samples.length) }, () => EVENT_THRESHOLD_MS),
    ];
    return {
      form: summarise(padded(form, FORM_TEXT.length)),
      json: summarise(padded(jsonSamples, JSON_TEXT.length)),
      typed: formTyped && jsonTyped,
      slowEvents: { form: form.length, json: jsonSamples.length },
    };
  } finally {
    await extension.close();
  }
}
