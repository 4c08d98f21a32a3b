/**
 * Azurite's Table service, stopped the way it saves. Azurite writes its database to disk on
 * SIGINT only (and every few seconds meanwhile); SIGTERM or SIGHUP, which service managers and
 * closed terminals send, would end it at once and lose the last seconds of acknowledged writes.
 * So here both become SIGINT, in Azurite's own process, before Azurite starts. And when the
 * process that started it goes away without stopping it (killed, or its runner exited first),
 * it stops itself the same way instead of running on unseen. SIGKILL cannot be caught: the
 * README says what it can lose.
 */
'use strict';
for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => process.emit('SIGINT'));
const parent = process.ppid;
const orphanCheck = setInterval(() => {
  if (process.ppid === parent) return;
  clearInterval(orphanCheck);
  process.emit('SIGINT');
}, 1000);
orphanCheck.unref();
require('azurite/dist/src/table/main.js');
