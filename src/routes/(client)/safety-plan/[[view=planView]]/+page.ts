import type { EntryGenerator } from './$types';

// The plan, its history and its print view are prerendered frames; the plan itself fills in from storage.
export const entries: EntryGenerator = () => [{}, { view: 'history' }, { view: 'print' }];
