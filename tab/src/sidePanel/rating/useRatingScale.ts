/** The check's rating scale in the language shown, for the rating, results and stage views. */
import { useMemo } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { Session } from '../../api/client.ts';
import { localizeScale } from '../../i18n/templateTexts.ts';
import type { RatingScale } from './ratingScale.ts';

export function useRatingScale(session: Pick<Session, 'templateId' | 'scale' | 'translations'>): RatingScale {
  const { t } = useTranslation();
  const { templateId, scale, translations } = session;
  return useMemo(() => localizeScale(t, { templateId, scale, translations }), [t, templateId, scale, translations]);
}
