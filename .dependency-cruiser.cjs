/**
 * The direction the data flows, checked by `npm run lint`: seed → model → MDX → page → search index.
 * Nothing downstream reaches back up, and nothing imports itself in a circle.
 * @type {import('dependency-cruiser').IConfiguration}
 */
const stages = '(parse|link|match|timeline|search|emit|view)';

module.exports = {
	forbidden: [
		{
			name: 'no-circular',
			severity: 'error',
			comment: 'A circle of imports hides which module is upstream: split out the shared types.',
			from: {},
			to: { circular: true },
		},
		{
			name: 'lib-is-pure',
			severity: 'error',
			comment:
				'src/lib/ is pure logic, tested without Astro: no astro:* or virtual modules, no pages, components, layouts or site data.',
			from: { path: '^src/lib/' },
			to: {
				path: [
					'^astro:',
					'^virtual:',
					'^src/(pages|components|layouts|site|integrations|scripts)/',
				],
			},
		},
		{
			name: 'lib-imports-no-scripts',
			severity: 'error',
			comment: 'The product never depends on its build scripts, benchmark or tests.',
			from: { path: '^src/', pathNot: '\\.test\\.ts$' },
			to: { path: '^(scripts|tests)/' },
		},
		{
			name: 'vocabulary-is-upstream',
			severity: 'error',
			comment:
				'The model, the contract and the words are the vocabulary every stage shares: they import no stage.',
			from: { path: '^src/lib/([^/]+\\.ts$|words/)' },
			to: { path: `^src/lib/${stages}/` },
		},
		{
			name: 'parse-is-upstream',
			severity: 'error',
			comment: 'Parsing turns text into the model and knows nothing of what is done with it.',
			from: { path: '^src/lib/parse/' },
			to: { path: '^src/lib/(link|match|timeline|search|emit|view)/' },
		},
		{
			name: 'shapes-stand-alone',
			severity: 'error',
			comment:
				'One shape does not borrow from another: what two shapes share lives in parse/ itself (a test may set one shape against another).',
			from: { path: '^src/lib/parse/(ods|markdown|pdf-text)/', pathNot: '\\.test\\.ts$' },
			to: {
				path: '^src/lib/parse/(ods|markdown|pdf-text)/',
				pathNot: '^src/lib/parse/$1/',
			},
		},
		{
			name: 'link-before-emit',
			severity: 'error',
			comment:
				'References are found and resolved on the model, before anything is emitted or shown.',
			from: { path: '^src/lib/link/' },
			to: { path: '^src/lib/(timeline|search|emit|view)/' },
		},
		{
			name: 'timeline-before-pages',
			severity: 'error',
			comment:
				'Timelines are read from the model; search, emit and view consume them, not the reverse.',
			from: { path: '^src/lib/timeline/' },
			to: { path: '^src/lib/(search|emit|view)/' },
		},
		{
			name: 'search-and-view-are-leaves',
			severity: 'error',
			comment:
				'Search records and page views are the last stage of src/lib/: nothing in src/lib/ builds on them.',
			from: { path: '^src/lib/', pathNot: '^src/lib/(search|view)/' },
			to: { path: '^src/lib/(search|view)/' },
		},
		{
			name: 'emit-is-for-the-converter',
			severity: 'error',
			comment:
				'Only the converter, its tests and the routes that publish a document in other formats (document.json, citation records, akn.xml) use emit/: no stage before it does.',
			from: { path: '^src/lib/(parse|link|timeline|search|view)/' },
			to: { path: '^src/lib/emit/' },
		},
		{
			name: 'pages-never-parse',
			severity: 'error',
			comment:
				'Pages and components render the model that content/ holds; they never parse a seed. (The .astro files are held to it by ESLint, which reads them.)',
			from: { path: '^src/(pages|routes|components|layouts|site)/' },
			to: { path: '^src/lib/parse/' },
		},
		{
			name: 'not-to-unresolvable',
			severity: 'error',
			comment: 'An import that resolves to nothing is a typo or a missing dependency.',
			from: {},
			to: { couldNotResolve: true, pathNot: '^astro:' },
		},
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '^(node_modules|dist|\\.astro|content|bench-results)/' },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		extraExtensionsToScan: ['.astro'],
		enhancedResolveOptions: {
			exportsFields: ['exports'],
			conditionNames: ['import', 'require', 'node', 'default', 'types'],
			extensions: ['.ts', '.js', '.mjs', '.astro', '.d.ts'],
		},
	},
};
