// Help now never waits for the database: the crisis lines render at once, the client's own people and plan
// join them when storage opens (and the lines stay when it cannot).
export const load = () => ({ needsDatabase: false });
