// Copies the pictures the README shows from the e2e run's ignored artifacts into this folder.
import { copyFileSync } from 'node:fs';

const shown = [
  'simulator',
  'side-panel-facilitator-rating',
  'side-panel-dark',
  'side-panel-contrast',
  'stage-scores',
  'channel-tab-320',
  'channel-tab-1200',
];
for (const name of shown) {
  copyFileSync(new URL(`../../.artifacts/screenshots/${name}.png`, import.meta.url), new URL(`./${name}.png`, import.meta.url));
}
console.log(`Refreshed ${shown.length} screenshots in tests/e2e/screenshots/`);
