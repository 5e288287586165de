// Plain CommonJS run by the runner's node; @actions/artifact is found through NODE_PATH, which the
// tests point at the project's node_modules (the runner copies an action before running it).
const { appendFileSync, readdirSync, statSync } = require('node:fs');
const { join, relative, resolve } = require('node:path');
const artifactModule = require('@actions/artifact');

async function main() {
  const input = (name) =>
    (process.env[`INPUT_${name.toUpperCase().replace(/ /g, '_')}`] ?? '').trim();
  const fail = (message) => {
    process.stdout.write(`::error::${message}\n`);
    process.exit(1);
  };
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();

  function walk(path, out) {
    const s = statSync(path);
    if (s.isDirectory()) for (const e of readdirSync(path)) walk(join(path, e), out);
    else if (s.isFile()) out.push(path);
  }

  const entries = input('path')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const files = [];
  const roots = [];
  for (const entry of entries) {
    const full = resolve(workspace, entry);
    try {
      walk(full, files);
      roots.push(statSync(full).isDirectory() ? full : resolve(full, '..'));
    } catch {
      // missing: judged below by if-no-files-found
    }
  }
  if (files.length === 0) {
    const how = input('if-no-files-found') || 'warn';
    if (how === 'error') fail(`No files were found with the provided path: ${entries.join(', ')}`);
    if (how === 'warn')
      process.stdout.write(
        `::warning::No files were found with the provided path: ${entries.join(', ')}\n`
      );
    process.exit(0);
  }
  // The root is the folder all paths share, as upload-artifact computes it.
  let root = roots[0];
  while (!roots.every((r) => !relative(root, r).startsWith('..'))) root = resolve(root, '..');
  const client = new artifactModule.DefaultArtifactClient();
  const days = Number(input('retention-days') || '0');
  const { id, size } = await client.uploadArtifact(input('name') || 'artifact', files, root, {
    ...(days > 0 ? { retentionDays: days } : {}),
    compressionLevel: Number(input('compression-level') || '6')
  });
  process.stdout.write(
    `Artifact ${input('name')} uploaded: id ${id}, ${size} bytes, ${files.length} files\n`
  );
  appendFileSync(process.env.GITHUB_OUTPUT, `artifact-id=${id}\nartifact-url=artifact/${id}\n`);
}

main().catch((error) => {
  process.stdout.write(`::error::${error.message}\n`);
  process.exit(1);
});
