/**
 * The search page: runs Pagefind on the query in the address, shows paragraph results and filters,
 * and keeps the query, filters and order in the address so a search can be shared and Back works.
 */
interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
}
interface PagefindSearch {
	results: { data: () => Promise<PagefindResultData> }[];
}
interface Pagefind {
	options: (options: Record<string, unknown>) => Promise<void>;
	filters: () => Promise<Record<string, Record<string, number>>>;
	search: (query: string, options: Record<string, unknown>) => Promise<PagefindSearch | null>;
}

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-q');
const sortSelect = document.querySelector<HTMLSelectElement>('#search-sort');
const filtersBox = document.querySelector<HTMLDivElement>('#search-filters');
const status = document.querySelector<HTMLParagraphElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');
const filterNames = JSON.parse(filtersBox?.dataset['filterNames'] ?? '{}') as Record<string, string>;
const pageSize = 20;

// Pagefind is written by the build beside the site, so it is loaded at run time, not bundled.
const pagefindPath = '/pagefind/pagefind.js';
const pagefind = (await import(/* @vite-ignore */ pagefindPath)) as Pagefind;
await pagefind.options({ highlightParam: 'highlight', excerptLength: 40 });

function stateFromAddress(): { query: string; sort: string; filters: Record<string, string[]> } {
	const params = new URLSearchParams(location.search);
	const filters: Record<string, string[]> = {};
	for (const name of Object.keys(filterNames)) {
		const values = params.getAll(name);
		if (values.length > 0) filters[name] = values;
	}
	return { query: params.get('q') ?? '', sort: params.get('sort') ?? '', filters };
}

function addressFromForm(): string {
	const params = new URLSearchParams();
	if (form === null) return location.pathname;
	for (const [name, value] of new FormData(form)) {
		if (typeof value === 'string' && value !== '') params.append(name, value);
	}
	const search = params.toString();
	return search === '' ? location.pathname : `${location.pathname}?${search}`;
}

async function renderFilters(selected: Record<string, string[]>): Promise<void> {
	if (filtersBox === null) return;
	const available = await pagefind.filters();
	filtersBox.replaceChildren(
		...Object.entries(filterNames).flatMap(([name, label]) => {
			const values = Object.keys(available[name] ?? {}).sort();
			if (values.length === 0) return [];
			const fieldset = document.createElement('fieldset');
			const legend = document.createElement('legend');
			legend.textContent = label;
			fieldset.append(legend);
			for (const value of values) {
				const id = `filter-${name}-${value}`.replace(/[^A-Za-z0-9-]/g, '-');
				const box = Object.assign(document.createElement('input'), { type: 'checkbox', name, value, id });
				box.checked = selected[name]?.includes(value) ?? false;
				const labelElement = document.createElement('label');
				labelElement.htmlFor = id;
				labelElement.textContent = ` ${value} (${available[name]?.[value] ?? 0})`;
				const row = document.createElement('div');
				row.append(box, labelElement);
				fieldset.append(row);
			}
			return [fieldset];
		}),
	);
}

/** Pagefind's excerpt marks matches with <mark>; everything else in it is shown as text. */
function excerptNodes(excerpt: string): Node[] {
	const decoder = document.createElement('textarea');
	return excerpt.split(/(<mark>.*?<\/mark>)/).map((part) => {
		const marked = /^<mark>(.*)<\/mark>$/.exec(part);
		decoder.innerHTML = marked?.[1] ?? part;
		const text = document.createTextNode(decoder.value);
		if (marked === null) return text;
		const mark = document.createElement('mark');
		mark.append(text);
		return mark;
	});
}

function resultItem(data: PagefindResultData): HTMLLIElement {
	const item = document.createElement('li');
	const link = Object.assign(document.createElement('a'), { href: data.url, textContent: data.meta['citation'] ?? data.url });
	link.className = 'search-result-citation';
	const source = document.createElement('span');
	source.className = 'search-result-document';
	source.textContent = `${data.meta['document'] ?? ''} (${data.meta['symbol'] ?? ''}, ${data.meta['date'] ?? ''})`;
	const excerpt = document.createElement('p');
	excerpt.className = 'search-result-excerpt';
	excerpt.append(...excerptNodes(data.excerpt));
	item.append(link, source, excerpt);
	return item;
}

let latest = 0;

async function runSearch(): Promise<void> {
	const state = stateFromAddress();
	if (input !== null) input.value = state.query;
	if (sortSelect !== null) sortSelect.value = state.sort;
	await renderFilters(state.filters);
	const run = ++latest;
	if (state.query.trim() === '') {
		list?.replaceChildren();
		if (status !== null) status.textContent = '';
		return;
	}
	const search = await pagefind.search(state.query, {
		filters: state.filters,
		...(state.sort === '' ? {} : { sort: { date: state.sort } }),
	});
	if (run !== latest || search === null) return;
	const shown = await Promise.all(search.results.slice(0, pageSize).map((result) => result.data()));
	if (run !== latest) return;
	list?.replaceChildren(...shown.map(resultItem));
	if (status !== null) {
		const count = search.results.length;
		status.textContent = count === 0 ? `No paragraph matches “${state.query}”.` : `${count} ${count === 1 ? 'result' : 'results'} for “${state.query}”${count > pageSize ? `, the first ${pageSize} shown` : ''}.`;
	}
}

let typing: ReturnType<typeof setTimeout> | undefined;

form?.addEventListener('submit', (event) => {
	event.preventDefault();
	history.pushState(null, '', addressFromForm());
	void runSearch();
});
form?.addEventListener('input', (event) => {
	clearTimeout(typing);
	const delay = event.target === input ? 150 : 0;
	typing = setTimeout(() => {
		history.replaceState(null, '', addressFromForm());
		void runSearch();
	}, delay);
});
addEventListener('popstate', () => void runSearch());
await runSearch();
