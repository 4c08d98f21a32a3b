/**
 * "Language" at the top of the side panel: the panel follows the Teams language, and anyone
 * may pick another one for themselves. It changes this person's panel only and is kept in
 * this browser for their next visits; the check's data (ids, ratings, answers) is the same
 * in every language.
 */
import { Label, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { activeLanguage, chooseLanguage } from '../i18n/i18n.ts';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from '../i18n/languages.ts';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'flex-end',
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    minWidth: 0,
  },
  select: { minWidth: '8rem' },
});

export function LanguagePicker() {
  const styles = useStyles();
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className={styles.row}>
      <Label htmlFor={id} size="small">
        {t('language.label')}
      </Label>
      <Select
        id={id}
        size="small"
        className={styles.select}
        value={activeLanguage()}
        onChange={(_event, data) => {
          if (isLanguage(data.value)) void chooseLanguage(data.value);
        }}
      >
        {LANGUAGES.map((language) => (
          // Each name in its own language, and marked so: screen readers pronounce it right.
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </Select>
    </div>
  );
}
