// Makes a production build unless the last one is a production build newer than the sources
// (scripts/production-mark.js), so CI's one build serves both the size check and the end-to-end tests.
import { execFileSync } from 'node:child_process';
import { hasFreshProductionBuild } from './production-mark.js';

if (hasFreshProductionBuild()) console.log('Reusing the production build, newer than the sources.');
else
	execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
		stdio: 'inherit',
		env: { ...process.env, NODE_ENV: 'production' }
	});
