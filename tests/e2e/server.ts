import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAppServer } from '../../scripts/serve.js';

/** The production server for `dir` on 127.0.0.1 (a free port unless one is given). */
export function serve(dir: string, port = 0): Promise<Server> {
	const server = createAppServer(dir);
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

export const portOf = (server: Server) => (server.address() as AddressInfo).port;

/** Stops the server at once, dropping kept-alive connections, as a machine going offline would. */
export async function stop(server: Server): Promise<void> {
	if (!server.listening) return;
	server.closeAllConnections();
	await new Promise((resolve) => server.close(resolve));
}
