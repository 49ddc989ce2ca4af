import { describe, expect, it } from 'vitest';
import { defaultJobs } from '../../src/batch/jobs.js';

describe('defaultJobs', () => {
  it.each([
    [1, 1],
    [2, 1], // measured: a second worker was slower than one on 2 CPUs
    [3, 1],
    [4, 2],
    [6, 4],
    [10, 8],
    [64, 8],
  ])('%i CPUs: %i worker(s)', (cpus, jobs) => {
    expect(defaultJobs(cpus)).toBe(jobs);
  });

  it('never below 1, even when the CPU count is reported as 0', () => {
    expect(defaultJobs(0)).toBe(1);
  });
});
