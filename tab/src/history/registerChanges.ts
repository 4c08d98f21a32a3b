/** An entry's history in words: who changed what (the channel tab's "Answers and history"). */
import type { Translate } from '../i18n/translator.ts';
import type { RegisterEntry } from '../api/client.ts';
import { activeFormattingLocale } from '../i18n/i18n.ts';
import { statusKeys } from '../sidePanel/registers/registers.ts';

const fieldKeys = {
  owner: 'registers.fields.owner',
  title: 'registers.fields.title',
  customer: 'registers.fields.customer',
  lastContactDate: 'registers.fields.lastContactDate',
  severity: 'registers.fields.severity',
  status: 'registers.fields.status',
} as const;

function isKnownField(field: string): field is keyof typeof fieldKeys {
  return field in fieldKeys;
}

/** One change of the history in words: who did what. */
export function changeText(t: Translate, change: RegisterEntry['history'][number]): string {
  const by = change.by;
  switch (change.kind) {
    case 'created':
      return t('registers.history.created', { by });
    case 'merged':
      return t('registers.history.merged', { by });
    case 'reviewed':
      return change.to
        ? t('registers.history.reviewed', { by, status: t(statusKeys[change.to]) })
        : t('registers.history.reviewedPlain', { by });
    case 'status':
      return change.from && change.to
        ? t('registers.history.status', { by, from: t(statusKeys[change.from]), to: t(statusKeys[change.to]) })
        : t('registers.history.statusPlain', { by });
    case 'edited': {
      const names = (change.fields ?? []).map((field) => (isKnownField(field) ? t(fieldKeys[field]) : field));
      const fields = new Intl.ListFormat(activeFormattingLocale(), { type: 'conjunction' }).format(names);
      return names.length > 0 ? t('registers.history.edited', { by, fields }) : t('registers.history.editedPlain', { by });
    }
  }
}
