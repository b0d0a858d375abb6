import { describe, expect, it } from 'vitest';
import { tallyVitest } from '../../runner/vitest-results';

describe('tallyVitest', () => {
  it('counts passed and failed tests across files', () => {
    const tally = tallyVitest(
      {
        testResults: [
          {
            name: 'a',
            status: 'passed',
            assertionResults: [{ status: 'passed' }, { status: 'passed' }],
          },
          {
            name: 'b',
            status: 'failed',
            assertionResults: [{ status: 'passed' }, { status: 'failed' }],
          },
          { name: 'c', status: 'passed', assertionResults: [{ status: 'skipped' }] },
        ],
      },
      1,
    );
    expect(tally).toMatchObject({ passed: 3, failed: 1 });
  });

  it('counts a file that failed to load as one failure', () => {
    const tally = tallyVitest(
      { testResults: [{ name: 'broken.test.ts', status: 'failed', assertionResults: [] }] },
      1,
    );
    expect(tally.failed).toBe(1);
    expect(tally.notes[0]).toContain('broken.test.ts');
  });

  it('counts a missing report or a silent non-zero exit as one failure', () => {
    expect(tallyVitest(undefined, 1)).toMatchObject({ passed: 0, failed: 1 });
    expect(
      tallyVitest(
        { testResults: [{ status: 'passed', assertionResults: [{ status: 'passed' }] }] },
        1,
      ),
    ).toMatchObject({ passed: 1, failed: 1 });
  });

  it('falls back to the summary numbers when there are no file results', () => {
    expect(tallyVitest({ numPassedTests: 4, numFailedTests: 0, testResults: [] }, 0)).toMatchObject(
      {
        passed: 4,
        failed: 0,
      },
    );
  });
});
