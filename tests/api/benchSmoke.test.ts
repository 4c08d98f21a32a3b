/**
 * A tiny run of the benchmark (tests/bench, `npm run bench`) against the API tests' stack, so
 * the driver and its scenarios cannot rot: 20 voters instead of 1,000, a 3-second meeting
 * instead of 2 minutes. It asserts what the bench checks, never how fast anything is: speed
 * is measured by `npm run bench` on a quiet machine, not asserted in tests.
 */
import { describe, expect, inject, it } from 'vitest';
import { runBench, smokeConfig } from '../bench/bench.ts';
import { silentProgress } from '../bench/progress.ts';
import { buildReport, markdownTable } from '../bench/report.ts';

describe('the benchmark driver, in a smoke run', () => {
  it('runs the API scenarios end to end and finds every acknowledged vote counted exactly once', async () => {
    const results = await runBench(
      smokeConfig,
      { apiOrigin: inject('apiOrigin'), storageConnectionString: inject('storageConnectionString'), pids: {} },
      silentProgress,
    );
    expect(results.failures).toEqual({});

    expect(results.rawBaseline).toMatchObject({ entities: smokeConfig.voters * 3, errors: 0 });
    expect(results.rawBaseline?.latencyMs.count).toBe(smokeConfig.voters * 3);

    const burst = results.voteBurst!;
    expect(burst.setup.joinErrors).toBe(0);
    expect(burst.burst).toMatchObject({ requests: smokeConfig.voters * 3, acknowledged: smokeConfig.voters * 3, errors: 0 });
    expect(burst.capacity).toMatchObject({ requests: smokeConfig.voters * 3, acknowledged: smokeConfig.voters * 3, errors: 0 });
    // The ratio comes from interleaved raw and API rounds, each measured on both sides.
    expect(burst.ratioRounds).toHaveLength(smokeConfig.ratioRounds);
    for (const pass of burst.ratioRounds) expect(pass.rawPerSecond > 0 && pass.apiPerSecond > 0).toBe(true);
    expect(burst.verification).toMatchObject({
      acknowledgedPairs: smokeConfig.voters * 3,
      countedInResults: smokeConfig.voters * 3,
      lost: 0,
      extra: 0,
      distributionMismatches: 0,
      exactlyOnce: true,
    });

    // Bench people are past the token's group limit: Graph is asked once per person, then the cache answers.
    const membership = results.voteBurstMembership!;
    expect(membership.fromToken).toBe(0);
    expect(membership.fromGraph).toBeLessThanOrEqual(smokeConfig.voters + 1);
    expect(membership.fromCache).toBeGreaterThanOrEqual(smokeConfig.voters * 3);

    // One hostile user gets no further than the limits, and the team's facilitator can still start.
    const hostile = results.hostileUser!;
    expect(hostile.flood.answers).toMatchObject({ tried: 22, accepted: 20, refused429: 2 });
    expect(hostile.facilitatorCanStart).toBe(true);

    const cached = results.resultsRead?.cached;
    expect(cached?.small.full.statuses).toEqual({ 200: smokeConfig.reads.cachedSmall });
    expect(cached?.large.notModified.statuses).toEqual({ 304: smokeConfig.reads.cachedLarge });
    expect(cached?.growth.latencyP50).toBeGreaterThan(0);

    const history = results.teamHistory!;
    expect(history).toMatchObject({ checks: smokeConfig.history.checks, checksReturned: smokeConfig.history.checks, errors: 0 });

    const live = results.liveUpdates!;
    expect(live.totals.error).toBe(0);
    expect(live.totals.join).toBe(smokeConfig.live.participants);
    expect(live.totals.vote).toBe(smokeConfig.live.participants * 3);
    expect(live.totals.poll200 + live.totals.poll304).toBeGreaterThan(smokeConfig.live.participants);
    expect(live.windows.length).toBeGreaterThanOrEqual(2);

    const report = buildReport(results, { durationSeconds: 1, settings: { voters: smokeConfig.voters } });
    const table = markdownTable(report);
    for (const scenario of ['1 Raw storage', '2 Vote burst', '3 Results read', '4 Live updates', '5 Team history']) {
      expect(table).toContain(`| ${scenario} |`);
    }
    expect(report.figures.find((figure) => figure.figure === 'errors (burst + capacity run)')?.met).toBe(true);
    expect(report.figures.find((figure) => figure.figure === 'acknowledged votes lost or counted twice')?.met).toBe(true);
  }, 120_000);
});
