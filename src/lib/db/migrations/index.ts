import type { Migration } from './types';
import { v1 } from './v1';
import { v2 } from './v2';

/** Every schema version in order. Add a file per version; never change one that has shipped. */
export const migrations: readonly Migration[] = [v1, v2];

export const latestVersion = migrations.reduce((max, m) => Math.max(max, m.version), 0);
