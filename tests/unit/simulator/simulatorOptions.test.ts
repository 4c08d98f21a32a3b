import { describe, expect, it } from 'vitest';
import { DEFAULT_WORLD_SETTING, parseSimulatorOptions } from '../../../tab/simulator/simulatorOptions';

describe('the simulator query string', () => {
  it('plays the channel meeting on the web with presenters in a standard channel by default', () => {
    expect(parseSimulatorOptions('')).toMatchObject({ ...DEFAULT_WORLD_SETTING, surface: 'meeting' });
    expect(DEFAULT_WORLD_SETTING).toEqual({ meeting: 'channel', occurrence: 1, client: 'web', role: 'presenter', channel: 'standard' });
  });

  it('reads the meeting kind, client, role, channel type and the meeting tab surface', () => {
    expect(parseSimulatorOptions('?meeting=instant&client=android&role=attendee&channel=shared&surface=meeting-tab')).toMatchObject({
      meeting: 'instant',
      client: 'android',
      role: 'attendee',
      channel: 'shared',
      surface: 'meeting-tab',
    });
  });

  it('falls back to the defaults for values Teams does not have', () => {
    expect(parseSimulatorOptions('?meeting=webinar&client=rigel&role=producer&channel=secret&occurrence=2')).toMatchObject(DEFAULT_WORLD_SETTING);
  });

  it('takes an occurrence for a recurring meeting only, within its series', () => {
    expect(parseSimulatorOptions('?meeting=recurring&occurrence=3').occurrence).toBe(3);
    expect(parseSimulatorOptions('?meeting=recurring&occurrence=99').occurrence).toBe(6);
    expect(parseSimulatorOptions('?meeting=recurring&occurrence=-1').occurrence).toBe(1);
    expect(parseSimulatorOptions('?meeting=recurring&occurrence=two').occurrence).toBe(1);
    expect(parseSimulatorOptions('?meeting=scheduled&occurrence=3').occurrence).toBe(1);
  });
});
