/**
 * A static file server for a built site, as a static host serves it: `/a/` → `/a/index.html`,
 * unknown paths → `/404.html` with status 404.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const contentTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
};

function fileFor(root: string, pathname: string): string | null {
	const path = normalize(join(root, decodeURIComponent(pathname)));
	if (!path.startsWith(normalize(root))) return null;
	if (existsSync(path) && statSync(path).isFile()) return path;
	const index = join(path, 'index.html');
	return existsSync(index) ? index : null;
}

/** Serves `root` on a free local port; resolves to the server and its origin. */
export async function serveStatic(root: string): Promise<{ server: Server; origin: string }> {
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const file = fileFor(root, url.pathname);
		const status = file === null ? 404 : 200;
		const served = file ?? join(root, '404.html');
		response.writeHead(status, {
			'Content-Type': contentTypes[extname(served)] ?? 'application/octet-stream',
		});
		createReadStream(served).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (address === null || typeof address === 'string')
		throw new Error('no port for the static server');
	return { server, origin: `http://127.0.0.1:${address.port}` };
}
