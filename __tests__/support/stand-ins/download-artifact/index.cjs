// Plain CommonJS run by the runner's node; @actions/artifact is found through NODE_PATH, which the
// tests point at the project's node_modules (the runner copies an action before running it).
const { appendFileSync } = require('node:fs');
const { resolve } = require('node:path');
const artifactModule = require('@actions/artifact');

async function main() {
  const input = (name) =>
    (process.env[`INPUT_${name.toUpperCase().replace(/ /g, '_')}`] ?? '').trim();
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const name = input('name');
  const pattern = input('pattern');
  const path = resolve(workspace, input('path') || '.');
  const client = new artifactModule.DefaultArtifactClient();
  if (name === '' && pattern !== '') {
    // As the real action: every artifact whose name matches, each in a folder of its name, or
    // all in one folder with merge-multiple.
    const source = pattern
      .replace(/[.+^$()|[\]{}\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.');
    const matches = new RegExp(`^${source}$`);
    const merge = input('merge-multiple') === 'true';
    const { artifacts } = await client.listArtifacts({ latest: true });
    const found = artifacts.filter((a) => matches.test(a.name));
    for (const artifact of found)
      await client.downloadArtifact(artifact.id, {
        path: merge ? path : resolve(path, artifact.name)
      });
    process.stdout.write(`${found.length} artifact(s) matching ${pattern} downloaded to ${path}\n`);
    appendFileSync(process.env.GITHUB_OUTPUT, `download-path=${path}\n`);
    return;
  }
  try {
    const { artifact } = await client.getArtifact(name);
    await client.downloadArtifact(artifact.id, { path });
    process.stdout.write(`Artifact ${name} (id ${artifact.id}) downloaded to ${path}\n`);
    appendFileSync(process.env.GITHUB_OUTPUT, `download-path=${path}\n`);
  } catch (error) {
    process.stdout.write(`::error::Unable to download artifact ${name}: ${error.message}\n`);
    process.exit(1);
  }
}

main().catch((error) => {
  process.stdout.write(`::error::${error.message}\n`);
  process.exit(1);
});
