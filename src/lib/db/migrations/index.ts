import type { Migration } from './types';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';
import { v4 } from './v4';
import { v5 } from './v5';

/** Every schema version in order. Add a file per version; never change one that has shipped. */
export const migrations: readonly Migration[] = [v1, v2, v3, v4, v5];

export const latestVersion = migrations.reduce((max, m) => Math.max(max, m.version), 0);
