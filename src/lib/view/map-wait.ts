/** The longest a map page waits for its map before hydrating anyway (see hooks.client.ts). */
export const MAP_WAIT_MS = 3000;
