#!/usr/bin/env node
// The CLI's bundle is built by `npm run bundle` and committed, like the actions'.
await import('../dist/cli/index.js');
