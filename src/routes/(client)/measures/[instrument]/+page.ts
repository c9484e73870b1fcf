import { INSTRUMENTS } from '$lib/domain/measures';
import type { EntryGenerator } from './$types';

// Each questionnaire's frame is prerendered; another name falls to the SPA fallback, which says "not found".
export const entries: EntryGenerator = () => INSTRUMENTS.map((instrument) => ({ instrument }));
