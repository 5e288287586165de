import { it, expect } from '@jest/globals';
import { GitHubDouble } from '../support/github/double.js';
it('x', async () => {
  const g = await new GitHubDouble('acme/infrastructure').start();
  g.addToken('t', { installation: true });
  const r = await fetch(
    `${g.url}/repos/acme/infrastructure/issues?state=open&labels=drift&per_page=100`,
    { headers: { authorization: 'token t' } }
  );
  console.log(r.status, await r.text(), g.violations, g.requests);
  await g.close();
});
