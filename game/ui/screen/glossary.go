package screen

// Term is one glossary entry: a negotiation idea explained for students,
// and where it shows up in the game.
type Term struct {
	Name    string
	Meaning string
	InGame  string
}

// Glossary lists the ideas Backchannel is built on, in the order a
// student meets them.
var Glossary = []Term{
	{
		Name: "Linkage (explicit)",
		Meaning: "Tying two separate issues together in one bargain and saying so: “we will do this on A " +
			"if you do that on B.” Explicit linkage is clear and easy to check, but it can look like a " +
			"bribe or a surrender, and it is costly when the public finds out.",
		InGame: "Every offer carries a linkage level. Explicit offers are easier to verify, and the " +
			"actors who mind linkage value them less, especially once they leak.",
	},
	{
		Name: "Linkage (implicit)",
		Meaning: "The trade is only hinted at: plans “could be affected” if the other side helps. Both " +
			"governments can deny that any bargain exists, which makes it cheaper to agree at home, at " +
			"the price of leaving unclear what exactly was promised.",
		InGame: "Implicit offers are deniable: a leak hurts less, but the other side trusts them less " +
			"and may read them differently.",
	},
	{
		Name: "Audience costs",
		Meaning: "The price a leader pays at home for backing down after a public promise or threat. " +
			"Going public makes a position more believable, because retreating would hurt, and for the " +
			"same reason it makes later compromise harder.",
		InGame: "Public statements commit you. Breaking one later costs domestic support and face.",
	},
	{
		Name: "Two-level games",
		Meaning: "A negotiator sits at two tables at once: bargaining with foreign governments, and " +
			"winning approval at home from parliament, coalition partners and voters. A deal must " +
			"satisfy both tables. Tight limits at home are a handicap, but also a lever: “I would " +
			"agree, but my parliament never will.”",
		InGame: "Each actor has domestic support that rises and falls with what it says and agrees to, " +
			"and some deals need a vote at home.",
	},
	{
		Name: "Reservation value",
		Meaning: "The worst deal a side will still accept: what it can get by walking away. An offer " +
			"below it is refused, however it is dressed up. When both sides' reservation values " +
			"leave a gap between them, that gap is where a deal can be found.",
		InGame: "The AI accepts an offer only when its value reaches its current aspiration, which " +
			"never falls below its reservation value.",
	},
	{
		Name: "Boulware strategy",
		Meaning: "Named after a company negotiator who made a firm first offer and would not move. A " +
			"Boulware negotiator concedes very little until the deadline is close. It wins much " +
			"against an impatient opponent, and risks deadlock against a patient one.",
		InGame: "Some AI profiles follow a Boulware curve: expect little movement early and a late " +
			"rush before deadlines.",
	},
	{
		Name: "Conceder strategy",
		Meaning: "The opposite of Boulware: concede early and quickly towards the reservation value. " +
			"Deals come fast, but a conceder leaves value on the table and invites a tough " +
			"counterpart to wait for more.",
		InGame: "Conceder AIs move early. Reading which kind you face is half the game.",
	},
	{
		Name: "Veto players",
		Meaning: "Actors whose consent is needed to change the way things are: a coalition partner, a " +
			"court, or a state on whose soil something would be built. The more veto players, the " +
			"harder any change, and the more each of them can ask for.",
		InGame: "Some issues name actors who must agree before an option takes effect; Warsaw and " +
			"Prague, for example, have a say over bases on their territory.",
	},
	{
		Name: "Ratification",
		Meaning: "The formal approval of a deal at home, such as a parliament's vote. A deal that " +
			"cannot be ratified is worth little, so negotiators keep an eye on support at home while " +
			"they bargain abroad.",
		InGame: "Terms that need ratification go to a vote whose odds depend on domestic support.",
	},
	{
		Name: "Face",
		Meaning: "Prestige and self-respect in the eyes of others. A government that has been " +
			"publicly embarrassed resists giving anything to whoever embarrassed it, for a while, even " +
			"when a deal would serve its interests.",
		InGame: "Embarrassing an actor, by leaking its secrets for example, makes it concede less to " +
			"you for several turns.",
	},
	{
		Name: "Manoeuvring space",
		Meaning: "How much a negotiator can give without paying for it at home. Publicity, leaks and " +
			"public statements shrink it; quiet channels keep it wide. That is why much diplomacy " +
			"happens in private.",
		InGame: "Each actor's space shrinks with publicity and embarrassment and slowly recovers " +
			"when things are quiet.",
	},
	{
		Name: "Leak",
		Meaning: "A private message that reaches the press. Whatever was deniable in private becomes " +
			"a public fact: the governments involved lose face and room at home, and promises made in " +
			"secret may now be held against them.",
		InGame: "Every private letter has a chance to leak each turn, higher with leaky governments and " +
			"explicit linkage. You can also leak an offer you were sent; that costs political capital.",
	},
	{
		Name: "Trust",
		Meaning: "How far one government believes another will do what it promised. Trust is built by " +
			"keeping deals and lost by reneging, and every government that knows of a broken promise " +
			"remembers it.",
		InGame: "The trust lines on the map. An offer is worth less to a recipient who doubts you will " +
			"deliver your side of it.",
	},
	{
		Name: "Political capital",
		Meaning: "The attention and goodwill a government can spend in a given period. Diplomacy is not " +
			"free: every letter, statement or meeting uses some of it, so a government must choose.",
		InGame: "Each turn gives you a few points. Letters, statements, summits and leaks cost points; " +
			"what is left over does not carry on.",
	},
	{
		Name: "Nash bargaining solution",
		Meaning: "The deal that makes the product of every side's gain over no deal as large as it can be. " +
			"It is a benchmark for a fair split: no side gets everything, and no side is left with nothing.",
		InGame: "The debrief shows how far the outcome was from this deal, by the true preferences.",
	},
	{
		Name: "Pareto efficient",
		Meaning: "An outcome is Pareto efficient when no other outcome is better for someone without being " +
			"worse for someone else. An outcome that is not leaves value on the table that every side " +
			"could have shared.",
		InGame: "The debrief tells whether the outcome was on this frontier, and how far it was from it.",
	},
}
