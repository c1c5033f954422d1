/**
 * Before/after pairs written for the redline tests: realistic Dutch and English statement text, the
 * confetti cases readers reported, tables, nested lists, links, line breaks. HTML as MDX renders it.
 */
export interface RedlineCase {
	name: string;
	before: string;
	after: string;
}

export const corpus: RedlineCase[] = [
	{ name: 'one word changed', before: '<p>Wij bewaren serverlogs drie maanden.</p>', after: '<p>Wij bewaren serverlogs zes maanden.</p>' },
	{
		name: 'confetti: a partly rewritten sentence',
		before: '<p>Wij sturen de factuur per post elke maand.</p>',
		after: '<p>Wij mailen u de factuur als pdf na elke bestelling.</p>',
	},
	{
		name: 'confetti in English',
		before: '<p>We send the invoice by post every month, and keep a copy for seven years.</p>',
		after: '<p>We email you the invoice as a PDF after every order, and keep a copy for seven years.</p>',
	},
	{ name: 'a period of time', before: '<p>We keep logs for three months.</p>', after: '<p>We keep logs for six weeks.</p>' },
	{
		name: 'a sentence added at the end',
		before: '<p>Wij delen uw gegevens niet met derden.</p>',
		after: '<p>Wij delen uw gegevens niet met derden. Alleen de politie kan ze met een bevel opvragen.</p>',
	},
	{
		name: 'one sentence of three rewritten',
		before: '<p>We use cookies for the shopping basket. We use Google Analytics to count visits. You can refuse cookies in your browser.</p>',
		after: '<p>We use cookies for the shopping basket. Matomo, on our own servers, counts visits without cookies. You can refuse cookies in your browser.</p>',
	},
	{
		name: 'a paragraph rewritten',
		before: '<p>We use Google Analytics to see how the site is used.</p>',
		after: '<p>Matomo, run on our own servers, measures visits.</p>',
	},
	{
		name: 'a changed legal basis',
		before: '<p>Grondslag: uitvoering van de overeenkomst (art. 6 lid 1 sub b AVG).</p>',
		after: '<p>Grondslag: uw toestemming (art. 6 lid 1 sub a AVG).</p>',
	},
	{
		name: 'a list item added',
		before: '<ul>\n<li>registrar</li>\n<li>boekhoudpakket</li>\n</ul>',
		after: '<ul>\n<li>registrar</li>\n<li>betaalprovider</li>\n<li>boekhoudpakket</li>\n</ul>',
	},
	{
		name: 'a list item changed and one removed',
		before: '<ul>\n<li>Moneybird for invoices</li>\n<li>Mollie for payments</li>\n<li>a printing company</li>\n</ul>',
		after: '<ul>\n<li>Moneybird for invoices and reminders</li>\n<li>Mollie for payments</li>\n</ul>',
	},
	{
		name: 'a nested list item added',
		before: '<ul>\n<li>Verwerkers:\n<ul>\n<li>registrar</li>\n<li>SSL-leverancier</li>\n</ul>\n</li>\n<li>Ontvangers: de politie</li>\n</ul>',
		after:
			'<ul>\n<li>Verwerkers:\n<ul>\n<li>registrar</li>\n<li>SSL-leverancier</li>\n<li>spamfilter (buiten de EER)</li>\n</ul>\n</li>\n<li>Ontvangers: de politie</li>\n</ul>',
	},
	{
		name: 'a word changed deep in a nested list',
		before: '<ol>\n<li>Account\n<ol>\n<li>naam en e-mailadres</li>\n<li>wachtwoord (gehasht)</li>\n</ol>\n</li>\n</ol>',
		after: '<ol>\n<li>Account\n<ol>\n<li>naam, e-mailadres en telefoonnummer</li>\n<li>wachtwoord (gehasht)</li>\n</ol>\n</li>\n</ol>',
	},
	{
		name: 'a table row added',
		before:
			'<table><thead><tr><th>Gegevens</th><th>Bewaartermijn</th></tr></thead><tbody><tr><td>Facturen</td><td>7 jaar</td></tr><tr><td>Serverlogs</td><td>3 maanden</td></tr></tbody></table>',
		after:
			'<table><thead><tr><th>Gegevens</th><th>Bewaartermijn</th></tr></thead><tbody><tr><td>Facturen</td><td>7 jaar</td></tr><tr><td>Serverlogs</td><td>3 maanden</td></tr><tr><td>Chatgesprekken</td><td>1 jaar</td></tr></tbody></table>',
	},
	{
		name: 'a table row removed',
		before:
			'<table><thead><tr><th>Data</th><th>Kept for</th></tr></thead><tbody><tr><td>Invoices</td><td>7 years</td></tr><tr><td>Newsletter</td><td>until you unsubscribe</td></tr></tbody></table>',
		after: '<table><thead><tr><th>Data</th><th>Kept for</th></tr></thead><tbody><tr><td>Invoices</td><td>7 years</td></tr></tbody></table>',
	},
	{
		name: 'a table cell changed',
		before: '<table><thead><tr><th>Data</th><th>Kept for</th></tr></thead><tbody><tr><td>Server logs</td><td>3 months</td></tr></tbody></table>',
		after: '<table><thead><tr><th>Data</th><th>Kept for</th></tr></thead><tbody><tr><td>Server logs</td><td>6 weeks</td></tr></tbody></table>',
	},
	{
		name: 'a link target changed',
		before: '<p>Klachten kunt u indienen bij de <a href="https://autoriteitpersoonsgegevens.nl">Autoriteit Persoonsgegevens</a>.</p>',
		after:
			'<p>Klachten kunt u indienen bij de <a href="https://www.autoriteitpersoonsgegevens.nl/een-tip-of-klacht-indienen">Autoriteit Persoonsgegevens</a>.</p>',
	},
	{
		name: 'text around a link changed',
		before: '<p>Ask the <a href="https://ap.example">AP</a> now.</p>',
		after: '<p>Ask the <a href="https://ap.example">AP</a> today.</p>',
	},
	{
		name: 'emphasis kept around a change',
		before: '<p>You can <strong>always withdraw your consent</strong> by e-mail.</p>',
		after: '<p>You can <strong>always withdraw your consent</strong> by e-mail or in your account.</p>',
	},
	{ name: 'a hard line break added', before: '<p>Kanaalhost B.V. Vaartweg 41</p>', after: '<p>Kanaalhost B.V.<br>Vaartweg 41</p>' },
	{
		name: 'a soft line break moved',
		before: '<p>We keep invoices for seven\nyears, as the law requires.</p>',
		after: '<p>We keep invoices for\nseven years, as the law requires.</p>',
	},
	{
		name: 'a list item with a hard break changed',
		before: '<ul>\n<li>Mollie B.V.<br>\nAmsterdam</li>\n</ul>',
		after: '<ul>\n<li>Mollie B.V.<br>\nUtrecht</li>\n</ul>',
	},
	{
		name: 'a paragraph added and one removed',
		before: '<p>We send a newsletter.</p>\n<p>We keep logs.</p>',
		after: '<p>We keep logs.</p>\n<p>We use a spam filter in the United Kingdom.</p>',
	},
	{
		name: 'a heading inside a clause changed',
		before: '<h3>Nieuwsbrief</h3>\n<p>Met uw toestemming.</p>',
		after: '<h3>Nieuwsbrief en updates</h3>\n<p>Met uw toestemming.</p>',
	},
	{
		name: 'a definition list entry changed',
		before: '<dl><dt>Grondslag</dt><dd>toestemming</dd><dt>Bewaartermijn</dt><dd>tot u zich afmeldt</dd></dl>',
		after: '<dl><dt>Grondslag</dt><dd>gerechtvaardigd belang</dd><dt>Bewaartermijn</dt><dd>tot u zich afmeldt</dd></dl>',
	},
	{
		name: 'escaping of text it re-emits',
		before: '<p>Registrar &amp; registry keep the holder.</p>',
		after: '<p>Registrar &amp; registry keep the &lt;holder&gt; data.</p>',
	},
	{
		name: 'two link targets changed',
		before: '<p>Complain to the <a href="https://ap.example/old">AP</a> or the <a href="https://court.example/old">court</a>.</p>',
		after: '<p>Complain to the <a href="https://ap.example/new">AP</a> or the <a href="https://court.example/new">court</a>.</p>',
	},
	{
		name: 'a row added above a changed row',
		before: '<table><tbody><tr><td>Invoices</td><td>7 years</td></tr><tr><td>Contracts</td><td>5 years</td></tr></tbody></table>',
		after:
			'<table><tbody><tr><td>Server logs</td><td>6 weeks</td></tr><tr><td>Invoices</td><td>10 years</td></tr><tr><td>Contracts</td><td>5 years</td></tr></tbody></table>',
	},
	{
		name: 'words added inside link text',
		before: '<p>Read <a href="/terms">our general terms</a> first.</p>',
		after: '<p>Read <a href="/terms">our general and specific terms</a> first.</p>',
	},
	{ name: 'an amount changed', before: '<p>De kosten zijn € 1.000,50 per jaar.</p>', after: '<p>De kosten zijn € 1.000,75 per jaar.</p>' },
	{
		name: 'a cookie name in code changed',
		before: '<p>Het cookie <code>_ga_session</code> blijft twee jaar.</p>',
		after: '<p>Het cookie <code>_ga_sessionid</code> blijft twee jaar.</p>',
	},
	{
		name: 'a column added',
		before: '<table><colgroup><col></colgroup><tbody><tr><td>Invoices</td></tr></tbody></table>',
		after: '<table><colgroup><col><col></colgroup><tbody><tr><td>Invoices</td></tr></tbody></table>',
	},
	{
		name: 'two one-word edits in a short sentence',
		before: '<p>We use e-mail and the processor’s systems.</p>',
		after: '<p>We use email and the processors’ systems.</p>',
	},
];
