import { describe, expect, it } from 'vitest';
import { placeProblems } from '../../../lib/options/pack-form/problems';
import { setAt } from '../../../lib/options/pack-form/path';
import { createPackFormStore } from '../../../lib/options/pack-form/store';
import { emit, formValue } from '../../../lib/options/pack-form/text';
import { prettyJson } from '../../../lib/options/packs-model';
import { defaultPackInput } from '../../../lib/voice/default-pack';

type Pack = Record<string, unknown>;

describe('formValue', () => {
  it('gives back the object the form wrote, so what an edit did not touch stays identical', () => {
    const value = formValue(prettyJson(defaultPackInput), undefined)!;
    const edited = setAt(value, ['description'], 'Typed in the form');
    const out = emit(edited);
    const again = formValue(out.text, out)!;
    expect(again).toBe(edited);
    expect(again.blocks).toBe(value.blocks);
    expect(again.vocabulary).toBe(value.vocabulary);
    expect(again.description).toBe('Typed in the form');
  });

  it('reads text the form did not write anew, and gives nothing for text that is no object', () => {
    const out = emit({ id: 'a' });
    const typed = formValue('{ "id": "b" }', out);
    expect(typed).toEqual({ id: 'b' });
    expect(formValue('{ "id": ', out)).toBeUndefined();
    expect(formValue('[1]', undefined)).toBeUndefined();
  });
});

describe('createPackFormStore', () => {
  it('keeps a field’s problem list identical while its problems read the same, and tells subscribers only when asked', () => {
    const pack: Pack = { version: 'one', name: '' };
    const problems = [
      { path: 'version', message: 'not a semantic version' },
      { path: 'name', message: 'required' },
    ];
    const store = createPackFormStore(pack, problems, placeProblems(problems, pack));
    let told = 0;
    store.subscribe(() => told++);
    const versionBefore = store.at.get('version');

    const next: Pack = { ...pack, name: 'A' };
    const fewer = [{ path: 'version', message: 'not a semantic version' }];
    store.take(next, fewer, placeProblems(fewer, next));
    expect(told).toBe(0);
    store.notify();
    expect(told).toBe(1);
    expect(store.value).toBe(next);
    expect(store.at.get('version')).toBe(versionBefore);
    expect(store.at.get('name')).toBeUndefined();

    const same = store.at;
    store.take(next, store.problems, placeProblems(store.problems, next));
    expect(store.at).toBe(same);
  });
});
