/**
 * What the side panel and the stage say when the publication rule holds ratings or answers
 * back: that they wait for company while the check is open, that they were left out once it
 * closed. One wording for both surfaces; undefined when nothing is held back.
 */
import type { Results } from '../api/client.ts';
import type { Translate } from '../i18n/translator.ts';

type HeldBackFacts = Pick<Results, 'state' | 'anonymityThreshold' | 'newerRatingsWaiting' | 'newerAnswersWaiting'>;

export function heldBackNotice(results: HeldBackFacts, kind: 'ratings' | 'answers', t: Translate): string | undefined {
  const closed = results.state === 'closed';
  if (kind === 'ratings') {
    if (!results.newerRatingsWaiting) return undefined;
    return closed ? t('results.ratingsHeldAtClose') : t('results.newerWaiting', { count: results.anonymityThreshold });
  }
  if (!results.newerAnswersWaiting) return undefined;
  return closed ? t('results.answersHeldAtClose') : t('results.newerAnswersWaiting', { count: results.anonymityThreshold });
}
