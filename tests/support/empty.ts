// Stands in for 'server-only' under Vitest: the real module throws outside Next's react-server build.
export {};
