import { afterAll, describe, expect, it } from 'vitest';
import { customerObsession } from '../../../api/src/domain/templates.ts';
import { i18n, startLanguage } from './i18n.ts';
import { shownCheckTitle, titleWithoutDate } from './titleWithoutDate.ts';

// Noon UTC: the same calendar day in every time zone from UTC−11 to UTC+11.
const createdAt = '2026-11-23T12:00:00.000Z';

describe('titleWithoutDate', () => {
  it('leaves off the check’s own ISO day after a separator', () => {
    expect(titleWithoutDate('Customer obsession health check, 2026-11-23', createdAt)).toBe('Customer obsession health check');
    expect(titleWithoutDate('Hälsokontroll av kundfokus, 2026-11-23', createdAt)).toBe('Hälsokontroll av kundfokus');
    expect(titleWithoutDate('Retro – 2026-11-23', createdAt)).toBe('Retro');
    expect(titleWithoutDate('Retro — 2026-11-23', createdAt)).toBe('Retro');
    expect(titleWithoutDate('Retro - 2026-11-23', createdAt)).toBe('Retro');
    expect(titleWithoutDate('Retro · 2026-11-23', createdAt)).toBe('Retro');
    expect(titleWithoutDate('Retro 2026-11-23', createdAt)).toBe('Retro');
    expect(titleWithoutDate('Retro (2026-11-23)', createdAt)).toBe('Retro');
  });

  it('takes the check’s day from a date alone too', () => {
    expect(titleWithoutDate('Customer obsession health check, 2026-11-23', '2026-11-23')).toBe('Customer obsession health check');
  });

  it('takes the UTC day the API names a check after, even where the reader’s day is another', () => {
    // 23:30 UTC is already the 24th east of UTC; the API named the check after the 23rd.
    expect(titleWithoutDate('Customer obsession health check, 2026-11-23', '2026-11-23T23:30:00.000Z')).toBe(
      'Customer obsession health check',
    );
  });

  it('keeps a date that is another day than the check’s', () => {
    expect(titleWithoutDate('Customer obsession health check, 2026-11-16', createdAt)).toBe(
      'Customer obsession health check, 2026-11-16',
    );
    expect(titleWithoutDate('Planning for 2026-12-01', createdAt)).toBe('Planning for 2026-12-01');
  });

  it('keeps a title without a trailing ISO day', () => {
    expect(titleWithoutDate('Retro week 12', createdAt)).toBe('Retro week 12');
    expect(titleWithoutDate('2026-11-23 kick-off', createdAt)).toBe('2026-11-23 kick-off');
    expect(titleWithoutDate('Retro, 23.11.2026', createdAt)).toBe('Retro, 23.11.2026');
    expect(titleWithoutDate('Retro, 2026-11-23 and more', createdAt)).toBe('Retro, 2026-11-23 and more');
  });

  it('keeps a day that is part of a longer word or number', () => {
    expect(titleWithoutDate('Sprint12026-11-23', createdAt)).toBe('Sprint12026-11-23');
    expect(titleWithoutDate('Retro, 2026-11-234', createdAt)).toBe('Retro, 2026-11-234');
  });

  it('keeps unbalanced parentheses and a title that is only the day', () => {
    expect(titleWithoutDate('Retro (2026-11-23', createdAt)).toBe('Retro (2026-11-23');
    expect(titleWithoutDate('Retro, 2026-11-23)', createdAt)).toBe('Retro, 2026-11-23)');
    expect(titleWithoutDate('2026-11-23', createdAt)).toBe('2026-11-23');
  });
});

describe('shownCheckTitle', () => {
  afterAll(async () => {
    await startLanguage({ locale: 'en-US' });
  });
  const check = { templateId: customerObsession.id, title: `${customerObsession.name}, 2026-11-23`, createdAt };

  it('names the check in the language shown, and the row then tells its day once, localized', async () => {
    await startLanguage({ locale: 'en-US' });
    expect(shownCheckTitle(i18n.t, check)).toBe('Customer obsession health check');
    expect(i18n.t('history.checkHeader', { title: shownCheckTitle(i18n.t, check), date: createdAt })).toBe(
      'Customer obsession health check · Nov 23, 2026',
    );
    await startLanguage({ locale: 'sv-SE' });
    expect(shownCheckTitle(i18n.t, check)).toBe('Hälsokontroll av kundfokus');
    expect(i18n.t('history.latestOf', { title: shownCheckTitle(i18n.t, check), date: createdAt })).toBe(
      'Hälsokontroll av kundfokus, 23 nov. 2026',
    );
  });

  it('keeps a title someone chose', async () => {
    await startLanguage({ locale: 'en-US' });
    expect(shownCheckTitle(i18n.t, { ...check, title: 'Retro week 12' })).toBe('Retro week 12');
  });
});
