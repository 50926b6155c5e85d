/**
 * Readers' questions, typed as a reader types them into the search box, each with the paragraphs
 * that answer it and so must be among the first three results. Written from the documents: the
 * words are what a reader would look for, not a copy of the paragraph's wording.
 */

/** A reader's question, the query typed for it, and the permalinks that must rank in the top three. */
export interface ReaderQuery {
	/** What the reader wants to know. */
	question: string;
	/** What the reader types. */
	query: string;
	/** Permalinks (`/{symbol}/#{anchor}`) of the passages that answer it. */
	answers: readonly string[];
}

/** The set the ranking is tuned on, and tested against. */
export const readerQueries: readonly ReaderQuery[] = [
	{
		question: 'Which paragraph asks UNODC to finish the Santo Domingo Pact?',
		query: 'Santo Domingo Pact',
		answers: ['/A/RES/64/179/#op7'],
	},
	{
		question: 'Which paragraph asked for an expert group on cybercrime?',
		query: 'expert group to study cybercrime',
		answers: ['/A/RES/65/230/#annex-op42', '/A/RES/65/230/#op9'],
	},
	{
		question: 'Who offered to host the congress of 2015?',
		query: 'Qatar host 2015',
		answers: ['/A/RES/65/230/#op16', '/A/RES/65/230/#annex-op54'],
	},
	{
		question: 'What did the Assembly say about piracy?',
		query: 'sea piracy',
		answers: ['/A/RES/64/179/#op17'],
	},
	{
		question: 'Is there a clause on fighting kidnapping?',
		query: 'combating kidnapping',
		answers: ['/A/RES/64/179/#op9'],
	},
	{
		question: 'What is asked about money-laundering and the financing of terrorism?',
		query: 'laundering terrorism financing',
		answers: ['/A/RES/64/179/#op8'],
	},
	{
		question: 'What do the texts say about trafficking in guns?',
		query: 'illicit firearms trafficking',
		answers: ['/A/RES/64/179/#op14', '/A/RES/64/179/#pp11'],
	},
	{
		question: 'Where and when was the Twelfth Congress held?',
		query: 'Twelfth Congress in Salvador, Brazil',
		answers: ['/A/RES/65/230/#op1', '/A/RES/65/230/#annex-pp1'],
	},
	{
		question: 'Where are the rules for women prisoners mentioned?',
		query: 'rules for women prisoners',
		answers: ['/A/RES/65/230/#annex-op50'],
	},
	{
		question: 'What is said about community service instead of prison?',
		query: 'imprisonment alternatives community service',
		answers: ['/A/RES/65/230/#annex-op51'],
	},
	{
		question: 'Does the Declaration say anything about pretrial detention?',
		query: 'reduce pretrial detention',
		answers: ['/A/RES/65/230/#annex-op52'],
	},
	{
		question: 'Should children be locked up only as a last resort?',
		query: 'liberty of children last resort',
		answers: ['/A/RES/65/230/#annex-op27'],
	},
	{
		question: 'What about child sexual abuse online?',
		query: 'child sexual abuse Internet',
		answers: ['/A/RES/65/230/#annex-op40'],
	},
	{
		question: 'What is on the provisional agenda of the Thirteenth Congress?',
		query: 'provisional agenda Thirteenth Congress',
		answers: ['/A/67/97/#para9'],
	},
	{
		question: 'Which workshops will the Thirteenth Congress hold?',
		query: 'workshops Thirteenth Congress',
		answers: ['/A/67/97/#para10'],
	},
	{
		question: 'Is cybercrime a workshop topic?',
		query: 'cybercrime workshop',
		answers: ['/A/67/97/#para10-c'],
	},
	{
		question: 'What is said about protecting cultural property?',
		query: 'protecting cultural property',
		answers: ['/A/RES/65/230/#annex-op12'],
	},
	{
		question: 'How many days may a congress last?',
		query: 'congress duration days',
		answers: ['/E/RES/2007/17/#draft-op7'],
	},
	{
		question: 'What did Brazil give from confiscated assets?',
		query: 'Brazil confiscated assets',
		answers: ['/A/RES/65/230/#op7'],
	},
	{
		question: 'When is the high-level meeting for the Convention’s tenth anniversary?',
		query: 'tenth anniversary high-level meeting',
		answers: ['/A/RES/64/179/#op20'],
	},
	{
		question: 'Does the crime programme get stable funding?',
		query: 'predictable funding crime programme',
		answers: ['/A/RES/64/179/#op28'],
	},
	{
		question: 'What is said about migrant smuggling?',
		query: 'migrant smuggling',
		answers: ['/A/RES/65/230/#annex-op37'],
	},
	{
		question: 'Is racism mentioned?',
		query: 'racism xenophobia',
		answers: ['/A/RES/65/230/#annex-op46'],
	},
	{
		question: 'What about crime and violence in cities?',
		query: 'urban violence',
		answers: ['/A/RES/65/230/#annex-op45'],
	},
	{
		question: 'What about identity fraud?',
		query: 'identity fraud',
		answers: ['/A/RES/65/230/#annex-op15'],
	},
	{
		question: 'Do the texts deal with tax havens and dirty money flows?',
		query: 'illicit capital flows tax',
		answers: ['/A/RES/65/230/#annex-op23'],
	},
	{
		question: 'What was the main theme of the Twelfth Congress?',
		query: 'main theme Twelfth Congress',
		answers: ['/A/RES/64/180/#pp3'],
	},
	{
		question: 'When does the high-level segment of a congress take place?',
		query: 'high-level segment last two days',
		answers: ['/A/RES/64/180/#op5'],
	},
	{
		question: 'Who pays for the poorest countries to attend?',
		query: 'least developed countries participation',
		answers: ['/A/RES/64/180/#op9', '/E/RES/2007/17/#draft-op11'],
	},
	{
		question: 'Is there a report on the world crime situation?',
		query: 'overview of crime worldwide',
		answers: ['/A/RES/64/180/#op16'],
	},
	{
		question: 'How many declarations will the Thirteenth Congress adopt?',
		query: 'single declaration Thirteenth Congress',
		answers: ['/A/67/97/#para8'],
	},
	{
		question: 'What about gender equality?',
		query: 'gender equality',
		answers: ['/A/RES/65/230/#annex-op5'],
	},
	{
		question: 'What is the checklist that Thailand developed?',
		query: 'Thailand reporting checklist',
		answers: ['/E/RES/2007/17/#draft-op3'],
	},
	{
		question: 'Did the Assembly endorse the Salvador Declaration?',
		query: 'endorse Salvador Declaration',
		answers: ['/A/RES/65/230/#op4'],
	},
	{
		question: 'Where do the texts cite the Beijing Rules on juvenile justice?',
		query: 'Beijing Rules',
		answers: ['/A/RES/65/230/#fn14'],
	},
	{
		question: 'Where is the Secretary-General’s report of 2012?',
		query: 'Secretary-General report 2012',
		answers: ['/A/67/97/'],
	},
	{
		question: 'Is prison overcrowding discussed?',
		query: 'prison overcrowding',
		answers: ['/A/RES/64/179/#pp8'],
	},
	{
		question: 'What should States do for victims of human trafficking?',
		query: 'protect trafficking victims',
		answers: ['/A/RES/65/230/#annex-op36'],
	},
	{
		question: 'Who should train prosecutors and police in the standards?',
		query: 'training prosecutors',
		answers: ['/A/RES/65/230/#annex-op44'],
	},
	{
		question: 'What do the texts say about partnerships with business?',
		query: 'public-private partnerships',
		answers: ['/A/RES/65/230/#annex-op34'],
	},
	{
		question: 'Is violent media content for children addressed?',
		query: 'media content glorifying violence',
		answers: ['/A/RES/65/230/#annex-op31'],
	},
	{
		question: 'How does new technology help criminals?',
		query: 'information technology crime opportunities',
		answers: ['/A/RES/65/230/#annex-op39'],
	},
	// Issue 15: stopwords, acronyms, a phrase in quotes, a question in the reader's own words.
	{
		question: 'What should be done for the victims of trafficking?',
		query: 'victims of trafficking',
		answers: ['/A/RES/65/230/#annex-op36'],
	},
	{
		question: 'Where is the agreed language on strengthening international cooperation?',
		query: '"strengthen international cooperation"',
		answers: ['/A/RES/64/179/#pp3', '/A/RES/64/179/#op4'],
	},
	{
		question: 'When is the tenth anniversary of the Organized Crime Convention?',
		query: 'UNTOC tenth anniversary',
		answers: ['/A/RES/64/179/#pp16'],
	},
	{
		question: 'What has UNODC done against kidnapping?',
		query: 'UNODC kidnapping',
		answers: ['/A/RES/64/179/#op9'],
	},
	{
		question: 'Who is to convene the expert group on cybercrime?',
		query: 'CCPCJ intergovernmental expert group cybercrime',
		answers: ['/A/RES/65/230/#annex-op42', '/A/RES/65/230/#op9'],
	},
	{
		question: 'What does the Assembly say about prison overcrowding in Africa?',
		query: 'What does the Assembly say about prison overcrowding in Africa',
		answers: ['/A/RES/64/179/#pp8'],
	},
];
