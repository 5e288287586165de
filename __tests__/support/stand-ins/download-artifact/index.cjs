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
  const path = resolve(workspace, input('path') || '.');
  const client = new artifactModule.DefaultArtifactClient();
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
