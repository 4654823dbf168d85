// `npm start`: the mock API plus the Vite dev server, with one line that says where the app runs.
import { runServers } from './run-servers.mjs';

runServers({ webArgs: ['--host', '127.0.0.1', '--port', '5173', '--strictPort'], webPort: 5173 });
