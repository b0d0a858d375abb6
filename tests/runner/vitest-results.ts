/** The part of Vitest's JSON reporter output (Jest-compatible) that the runner reads. */
export interface VitestJsonReport {
  numPassedTests?: number;
  numFailedTests?: number;
  testResults?: {
    name?: string;
    status?: string;
    message?: string;
    assertionResults?: { status?: string }[];
  }[];
}

export interface Tally {
  passed: number;
  failed: number;
  /** Why failures were counted that are not failed tests (load errors, crashes). */
  notes: string[];
}

/**
 * Counts passed and failed tests of one Vitest run from its JSON report and exit code.
 * A test file that failed to load counts as one failed test; a run that exited non-zero
 * without any failure in its report (an unhandled error, a crash, no report at all) counts
 * as one failed test too, so a broken suite can never look green.
 */
export function tallyVitest(report: VitestJsonReport | undefined, exitCode: number | null): Tally {
  const notes: string[] = [];
  if (!report) {
    return { passed: 0, failed: 1, notes: ['no JSON report was written'] };
  }
  let passed = 0;
  let failed = 0;
  const files = report.testResults ?? [];
  for (const file of files) {
    const tests = file.assertionResults ?? [];
    passed += tests.filter((t) => t.status === 'passed').length;
    const failedHere = tests.filter((t) => t.status === 'failed').length;
    failed += failedHere;
    if (file.status === 'failed' && failedHere === 0) {
      failed += 1;
      notes.push(`${file.name ?? 'a test file'} failed to run`);
    }
  }
  if (files.length === 0) {
    passed = report.numPassedTests ?? 0;
    failed = report.numFailedTests ?? 0;
  }
  if (exitCode !== 0 && failed === 0) {
    failed = 1;
    notes.push(`vitest exited with ${exitCode ?? 'a signal'} but reported no failed test`);
  }
  return { passed, failed, notes };
}
