// `npm run serve`: production-like; builds with Vite (skip with --no-build), then runs the mock API
// and `vite preview`, which forwards /api like the dev server does.
import { runOnce, runServers } from './run-servers.mjs';

if (!process.argv.includes('--no-build')) {
  const code = await runOnce('vite', ['build']);
  if (code !== 0) process.exit(code);
}
runServers({ webArgs: ['preview', '--host', '127.0.0.1', '--port', '4173', '--strictPort'], webPort: 4173 });
