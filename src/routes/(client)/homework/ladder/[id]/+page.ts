// One worksheet of the client's own: it exists only in their browser, so the page renders there (the SPA fallback).
export const prerender = false;
export const ssr = false;
