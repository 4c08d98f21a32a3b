import { describe, expect, it } from 'vitest';
import { announcementFor, extendedDuration, formatSeconds, secondsLeft, ServerClock } from './serverClock.ts';

describe('ServerClock', () => {
  it('uses the device clock until it has seen the server time', () => {
    const clock = new ServerClock(() => 1_000);
    const before = Date.now();
    expect(clock.now()).toBeGreaterThanOrEqual(before);
  });

  it('follows the server clock, not the device clock', () => {
    let local = 5_000;
    const clock = new ServerClock(() => local);
    clock.observe('2030-01-01T00:00:00.000Z');
    local += 2_500;
    expect(clock.now()).toBe(Date.parse('2030-01-01T00:00:00.000Z') + 2_500);
  });

  it('keeps the sample with the least delay, so a slow response does not set it back', () => {
    let local = 0;
    const clock = new ServerClock(() => local);
    const server = Date.parse('2030-01-01T00:00:00.000Z');
    local = 100; // arrived 100 ms after the server wrote it
    clock.observe(new Date(server).toISOString());
    local = 1_900; // written at +1000, arrived 900 ms later: a worse sample
    clock.observe(new Date(server + 1_000).toISOString());
    local = 2_000;
    expect(clock.now()).toBe(server + 1_900);
  });

  it('ignores a server time it cannot read', () => {
    const clock = new ServerClock(() => 0);
    clock.observe('not a date');
    expect(Math.abs(clock.now() - Date.now())).toBeLessThan(1_000);
  });
});

describe('countdown arithmetic', () => {
  it('rounds seconds left up and never below zero', () => {
    expect(secondsLeft(10_000, 0)).toBe(10);
    expect(secondsLeft(10_000, 9_001)).toBe(1);
    expect(secondsLeft(10_000, 10_000)).toBe(0);
    expect(secondsLeft(10_000, 12_000)).toBe(0);
  });

  it('formats minutes and seconds', () => {
    expect(formatSeconds(299)).toBe('4:59');
    expect(formatSeconds(60)).toBe('1:00');
    expect(formatSeconds(5)).toBe('0:05');
    expect(formatSeconds(3600)).toBe('60:00');
  });

  it('announces one minute left and time up once, and nothing on the first reading', () => {
    expect(announcementFor(undefined, 60)).toBeUndefined();
    expect(announcementFor(undefined, 0)).toBeUndefined();
    expect(announcementFor(61, 60)).toBe('oneMinuteLeft');
    expect(announcementFor(60, 59)).toBeUndefined();
    expect(announcementFor(1, 0)).toBe('timeIsUp');
    expect(announcementFor(0, 0)).toBeUndefined();
  });

  it('extends by what is left plus the extra, within the API limits', () => {
    expect(extendedDuration(100_000, 0, 60)).toBe(160);
    expect(extendedDuration(0, 5_000, 60)).toBe(60);
    expect(extendedDuration(3_590_000, 0, 60)).toBe(3_600);
    expect(extendedDuration(0, 0, 10)).toBe(30);
  });
});
