/**
 * `/{symbol}/document.json`: the parsed model, and beside it what a reuser would otherwise have to
 * rebuild from the contract: every passage's anchor, permalink and citations in both forms, and the
 * agreed language read from the corpus: each paragraph's matches elsewhere in date order, whom each
 * operative paragraph asks to act, and the predecessor its changes are shown against.
 */
import {
	anchorFor,
	changesPath,
	citationFor,
	fullCitationFor,
	permalinkPath,
	type PassageAddress,
} from '../contract.ts';
import type { UnDocument } from '../model.ts';
import { passagesOf } from '../passages.ts';
import { addressedParagraphsOf } from '../match/addressed.ts';
import type { Addressee } from '../match/addressees.ts';
import { changeCounts, type ChangeCounts, type Predecessor } from '../match/changes.ts';
import { changesOf, historyAt, type AgreedLanguage } from '../match/corpus.ts';
import { diffRuns, type DiffRun } from '../match/diff.ts';
import { boundedHistory, type History } from '../match/history.ts';
import { matchLabel } from '../match/label.ts';
import { keyString } from '../match/matches.ts';
import type { Match, MatchKind } from '../match/types.ts';

/** A paragraph elsewhere with the same or nearly the same words, as document.json gives it. */
export interface MatchJson {
	kind: MatchKind;
	/** What the page says of it: "Close to A/RES/64/180, para. 13 (2009) — 5 words changed". */
	label: string;
	symbol: string;
	address: PassageAddress;
	citation: string;
	/** Site-relative: `/A/RES/64/180/#op13`. */
	permalink: string;
	date: string;
	wordsChanged: number;
	/** Twice the words kept over the words of both, to three decimals. */
	similarity: number;
	/** From this paragraph's words to the other's, as runs of words kept, deleted and inserted. */
	diff: DiffRun[];
}

/**
 * A paragraph's history: its matches in documents dated before it, on its date and after it. A
 * history of more than six (a formula repeated in many resolutions) lists the oldest three and
 * the newest three, as the page does, and counts the others in `omitted`: a search for the
 * paragraph's words finds every one.
 */
export interface HistoryJson {
	earlier: MatchJson[];
	sameDate: MatchJson[];
	later: MatchJson[];
	/** Matches between the oldest and the newest listed, in date order, not listed. */
	omitted: number;
}

/** One citable passage as document.json lists it. */
export interface PassageCitation {
	address: PassageAddress;
	anchor: string;
	/** Site-relative: `/A/RES/64/180/#op5`. */
	permalink: string;
	citation: string;
	fullCitation: string;
	/** For a paragraph compared with the corpus (not a list item or footnote): its matches. */
	agreedLanguage?: HistoryJson;
	/** For an operative paragraph: whom it asks to act, none for one that asks no one. */
	addressees?: Addressee[];
}

/** The resolution's predecessor in the corpus, and what changed since it. */
export interface ChangesJson {
	predecessor: Predecessor;
	/** Site-relative: `/A/RES/64/180/changes/`. */
	path: string;
	counts: ChangeCounts;
}

/** A document as document.json gives it: its model, its passages' citations in document order, its changes. */
export type DocumentJson = UnDocument & {
	passages: PassageCitation[];
	changes: ChangesJson | null;
};

function matchJson(match: Match): MatchJson {
	const { symbol, address } = match.other;
	return {
		kind: match.kind,
		label: matchLabel(match),
		symbol,
		address,
		citation: citationFor(symbol, address),
		permalink: permalinkPath(symbol, address),
		date: match.date,
		wordsChanged: match.wordsChanged,
		similarity: Math.round(match.similarity * 1000) / 1000,
		diff: diffRuns(match.diff),
	};
}

function historyJson(history: History): HistoryJson {
	const { shown, hidden } = boundedHistory(history);
	return {
		earlier: shown.earlier.map(matchJson),
		sameDate: shown.sameDate.map(matchJson),
		later: shown.later.map(matchJson),
		omitted: hidden,
	};
}

/** The data of `/{symbol}/document.json`, with the agreed language of the corpus it is part of. */
export function documentJson(document: UnDocument, agreed: AgreedLanguage): DocumentJson {
	const { symbol } = document.meta;
	const addressees = new Map(
		addressedParagraphsOf(document).map((paragraph) => [
			anchorFor(paragraph.address),
			paragraph.addressees,
		]),
	);
	const changes = changesOf(agreed, symbol);
	return {
		...document,
		passages: passagesOf(document).map(({ address }) => {
			const anchor = anchorFor(address);
			const history = historyAt(agreed, keyString({ symbol, address }));
			const asked = addressees.get(anchor);
			return {
				address,
				anchor,
				permalink: permalinkPath(symbol, address),
				citation: citationFor(symbol, address),
				fullCitation: fullCitationFor(document.meta, address),
				...(history === null ? {} : { agreedLanguage: historyJson(history) }),
				...(asked === undefined ? {} : { addressees: asked }),
			};
		}),
		changes:
			changes === null
				? null
				: {
						predecessor: changes.predecessor,
						path: changesPath(symbol),
						counts: changeCounts(changes.changes),
					},
	};
}
