import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n.ts';
import { changeText } from './registerChanges.ts';

const t = i18n.t.bind(i18n) as typeof i18n.t;
const at = '2026-03-01T10:00:00.000Z';

describe('a register entry’s history in words', () => {
  it('says who did what, with statuses in words', () => {
    expect(changeText(t, { at, by: 'Ava', kind: 'created' })).toBe('Ava created the entry');
    expect(changeText(t, { at, by: 'Ava', kind: 'merged' })).toBe('Ava added an answer');
    expect(changeText(t, { at, by: 'Ben', kind: 'status', from: 'open', to: 'in-progress' })).toBe(
      'Ben changed the status from Open to In progress',
    );
    expect(changeText(t, { at, by: 'Ava', kind: 'reviewed', from: 'open', to: 'done', sessionId: 's' })).toBe(
      'Ava reviewed it in a check: Done',
    );
    expect(changeText(t, { at, by: 'Ava', kind: 'reviewed' })).toBe('Ava reviewed it in a check');
    expect(changeText(t, { at, by: 'Ben', kind: 'status' })).toBe('Ben changed the status');
  });

  it('names the edited fields as a list, and unknown fields as they are', () => {
    expect(changeText(t, { at, by: 'Chen', kind: 'edited', fields: ['owner', 'severity'] })).toBe(
      'Chen changed Owner and Severity',
    );
    expect(changeText(t, { at, by: 'Chen', kind: 'edited', fields: ['owner', 'colour', 'lastContactDate'] })).toBe(
      'Chen changed Owner, colour, and Last contact',
    );
    expect(changeText(t, { at, by: 'Chen', kind: 'edited' })).toBe('Chen edited the entry');
  });
});
