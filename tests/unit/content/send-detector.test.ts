import { describe, expect, it } from 'vitest';
import { createSendDetector, type SendSignal } from '../../../lib/content/send-detector';

function record() {
  const sent: [string, SendSignal][] = [];
  const detector = createSendDetector((text, via) => sent.push([text, via]));
  return { sent, detector };
}

describe('seeing the send', () => {
  it('reports one send for a click on Send followed by the site clearing the box', () => {
    const { sent, detector } = record();
    detector.textChanged('Hi Sam, fixed!', false);
    detector.submitted('button');
    detector.textChanged('', false);
    expect(sent).toEqual([['Hi Sam, fixed!', 'button']]);
  });

  it('reports one send for Ctrl+Enter that the site also turns into a click', () => {
    const { sent, detector } = record();
    detector.textChanged('Hi Sam', false);
    detector.submitted('keyboard');
    detector.submitted('button');
    detector.textChanged('', false);
    expect(sent).toEqual([['Hi Sam', 'keyboard']]);
  });

  it('sees a send when the site empties the box on its own', () => {
    const { sent, detector } = record();
    detector.textChanged('Hi Sam', false);
    detector.textChanged('', false);
    expect(sent).toEqual([['Hi Sam', 'cleared']]);
  });

  it('does not mistake the user deleting their draft for a send', () => {
    const { sent, detector } = record();
    detector.textChanged('Hi Sam', false);
    detector.textChanged('', true);
    expect(sent).toEqual([]);
  });

  it('ignores Send on an empty box, and reports the next reply again', () => {
    const { sent, detector } = record();
    detector.submitted('button');
    detector.textChanged('First', false);
    detector.submitted('button');
    detector.textChanged('', false);
    detector.textChanged('Second', false);
    detector.submitted('keyboard');
    expect(sent).toEqual([
      ['First', 'button'],
      ['Second', 'keyboard'],
    ]);
  });
});
