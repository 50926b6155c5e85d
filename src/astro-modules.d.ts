// Plain TypeScript (tsc, typescript-eslint) cannot read .astro files; Astro's own checker can, and
// resolves them before this fallback applies. It keeps a .ts module that imports a component typed.
declare module '*.astro' {
	import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
	const component: AstroComponentFactory;
	export default component;
}
