/**
 * The company seed (`npm run seed -- --teams N --weeks W`, and the bench's leadership tenant)
 * writes each team's leadership row itself instead of reading its summaries back: the row must
 * be the one the API builds from what the seed stored, or the bench would measure another view.
 */
import { expect, inject, it } from 'vitest';
import { companyTeam, seedCompany } from '../../api/local/companySeed.ts';
import { refreshRollup } from '../../api/src/http/leadershipRollup.ts';
import { leadershipRollupTable } from '../../api/src/storage/leadershipRollupTable.ts';
import { summariesTable } from '../../api/src/storage/summariesTable.ts';
import { tablesFor } from '../../api/src/storage/tables.ts';
import { teamSettingsTable } from '../../api/src/storage/teamSettingsTable.ts';

it('seeds each team’s leadership row as the API would build it from the seeded history', async () => {
  const tables = tablesFor(inject('storageConnectionString'));
  const tenantId = `tenant-company-${crypto.randomUUID().slice(0, 8)}`;
  const now = new Date('2026-11-30T12:00:00.000Z');
  // More weeks than a row is built from, so the seed's choice of the newest ones is tested too.
  expect(await seedCompany(tables, { tenantId, teams: 3, weeks: 40, now })).toEqual({ teams: 3, summaries: 120 });

  const repos = { summaries: summariesTable(tables), teamSettings: teamSettingsTable(tables), leadershipRollup: leadershipRollupTable(tables), now: () => now };
  for (let index = 0; index < 3; index += 1) {
    const { id } = companyTeam(tenantId, index);
    const seeded = await repos.leadershipRollup.find(tenantId, id);
    expect(seeded?.checks).toBe(40);
    const built = await refreshRollup(repos, tenantId, id);
    expect(seeded).toEqual(built);
  }
});
