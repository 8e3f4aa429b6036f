package scenario

// The scenario file format, as Go structs. Tags drive the decoder and the
// JSON Schema alike:
//
//	toml     key name
//	req      the key must be present
//	min/max  numeric range
//	items    most elements of an array or entries of a table
//	minitems fewest elements
//	len      longest string (default MaxText)
//	enum     allowed strings, separated by |
//	pattern  a named pattern from patterns.go
//	doc      one line for the schema and the reference in docs/authoring.md

// fileDef is a whole scenario file.
type fileDef struct {
	Scenario  headerDef     `toml:"scenario" req:"" doc:"What the episode is called and what it is about."`
	Calendar  calendarDef   `toml:"calendar" req:"" doc:"When the episode starts and ends, and how long a turn lasts."`
	Rules     rulesDef      `toml:"rules" doc:"Tunable numbers of the engine; every one is optional and 0 takes the default."`
	Actors    []actorDef    `toml:"actors" req:"" minitems:"1" items:"32" doc:"The governments, one [[actors]] table each."`
	Issues    []issueDef    `toml:"issues" items:"64" doc:"The questions the episode settles, one [[issues]] table each."`
	Variables []variableDef `toml:"variables" items:"128" doc:"Numbers about the world, with bounds and per-turn change rules."`
	Events    []eventDef    `toml:"events" items:"1000" doc:"Things that happen on a date or when a condition holds."`
	Forums    []forumDef    `toml:"forums" items:"100" doc:"Summits where attending leaders meet face to face."`
	Opening   []openingDef  `toml:"opening" items:"32" doc:"Offers already on the table when the game starts."`
	End       []endDef      `toml:"end" items:"32" doc:"Conditions that end the game early when any holds."`
	Debrief   []debriefDef  `toml:"debrief" items:"200" doc:"Turning points of the real episode, shown after the game, in order."`
	Map       mapDef        `toml:"map" doc:"What the board's map shows; absent, it fits the actors' positions."`
}

type mapDef struct {
	View *viewDef `toml:"view" doc:"The stretch of the world to show, in degrees; actors outside it get markers at its edge."`
}

type viewDef struct {
	West  float64 `toml:"west" req:"" min:"-180" max:"180" doc:"Longitude of the view's western edge (negative is west of Greenwich)."`
	East  float64 `toml:"east" req:"" min:"-180" max:"180" doc:"Longitude of its eastern edge."`
	South float64 `toml:"south" req:"" min:"-90" max:"90" doc:"Latitude of its southern edge (negative is south of the equator)."`
	North float64 `toml:"north" req:"" min:"-90" max:"90" doc:"Latitude of its northern edge."`
}

type headerDef struct {
	ID      string `toml:"id" req:"" pattern:"slug" len:"40" doc:"Short name used on the command line, such as letter-2009."`
	Title   string `toml:"title" req:"" len:"200" doc:"Title shown on the scenario screen."`
	Summary string `toml:"summary" doc:"A paragraph shown when choosing the scenario."`
}

type calendarDef struct {
	Start       dateValue   `toml:"start" req:"" doc:"First day of turn 1 (YYYY-MM-DD)."`
	End         dateValue   `toml:"end" req:"" doc:"Last day of the episode; the game ends after the turn that includes it."`
	DaysPerTurn int         `toml:"days_per_turn" req:"" min:"1" max:"366" doc:"Days in one turn (from the start, until the first period)."`
	Periods     []periodDef `toml:"periods" items:"32" doc:"Later spans with their own turn length, in date order."`
}

type periodDef struct {
	From        dateValue `toml:"from" req:"" doc:"First day of the span; a turn running then is cut short so that a new one starts."`
	DaysPerTurn int       `toml:"days_per_turn" req:"" min:"1" max:"366" doc:"Days in one turn during the span."`
}

type rulesDef struct {
	Capital        int      `toml:"capital" min:"0" max:"20" doc:"Political capital per actor per turn (default 3)."`
	LetterCost     int      `toml:"letter_cost" min:"0" max:"20" doc:"Capital a private letter costs (default 1)."`
	ForumCost      int      `toml:"forum_cost" min:"0" max:"20" doc:"Capital a meeting at a forum costs (default 1)."`
	StatementCost  int      `toml:"statement_cost" min:"0" max:"20" doc:"Capital a public statement or public offer costs (default 1)."`
	LeakCost       int      `toml:"leak_cost" min:"0" max:"20" doc:"Capital a deliberate leak costs (default 2)."`
	MoveCost       int      `toml:"move_cost" min:"0" max:"20" doc:"Capital a unilateral move on an issue costs (default 1)."`
	OfferLife      int      `toml:"offer_life" min:"0" max:"52" doc:"Turns an offer stays open (default 3)."`
	LeakChance     float64  `toml:"leak_chance" min:"0" max:"1" doc:"Base per-turn chance that a private message leaks (default 0.05)."`
	AudienceCost   float64  `toml:"audience_cost" min:"0" max:"100" doc:"Support lost for breaking a public statement, times 1.5 × (0.5 + the breaker's publicity aversion), and half as much face (default 12). A leaked letter costs its sender this times its linkage weight (0.25 none, 0.5 implicit, 1 explicit) × (0.5 + its publicity aversion)."`
	WordCost       float64  `toml:"word_cost" min:"0" max:"100" doc:"Support lost for breaking a public statement, in place of audience_cost, which then prices leaks alone (default: audience_cost)."`
	RenegeTrust    float64  `toml:"renege_trust" min:"0" max:"100" doc:"Trust a partner loses in whoever reneges on an agreed term (default 20; x1.5 explicit, x0.6 implicit linkage)."`
	RenegeFace     float64  `toml:"renege_face" min:"0" max:"100" doc:"Face lost by reneging where all can see it (default 8; half while only the partners know)."`
	HomeWeight     float64  `toml:"home_weight" min:"0" max:"1" doc:"Share of a score from standing at home, for types that do not set home_weight (default 0.25)."`
	TermDeadline   int      `toml:"term_deadline" min:"0" max:"52" doc:"Turns to fulfil an agreed term (default 4)."`
	Rationality    float64  `toml:"rationality" min:"0" max:"1" doc:"How much an action reveals about an actor's type, for beliefs (default 0.5)."`
	SupportDrift   float64  `toml:"support_drift" min:"0" max:"1" doc:"Share of the gap to baseline support, face and trust closed per turn (default 0.1)."`
	EmbarrassTurns int      `toml:"embarrass_turns" min:"0" max:"52" doc:"Turns an embarrassed actor concedes less to whoever embarrassed it (default 4)."`
	Off            []string `toml:"off" items:"6" enum:"leaks|embarrassment|audience_costs|vagueness|forums|beliefs" doc:"Mechanics this scenario plays without (the lab switches each off in turn)."`
	Linkage        string   `toml:"linkage" enum:"none|implicit|explicit" doc:"Forces every offer to this linkage level; absent lets the players choose."`
}

type actorDef struct {
	ID             string     `toml:"id" req:"" pattern:"id" doc:"Unique id, used in references (USA, RUS)."`
	Name           string     `toml:"name" req:"" len:"200" doc:"Full name (United States)."`
	Short          string     `toml:"short" len:"200" doc:"Short name for tight spaces (Washington); defaults to the name."`
	Leader         string     `toml:"leader" len:"200" doc:"Who leads it in the episode."`
	Colour         string     `toml:"colour" pattern:"colour" doc:"Colour on the map, #rrggbb."`
	Lon            float64    `toml:"lon" min:"-180" max:"180" doc:"Longitude of its marker on the map."`
	Lat            float64    `toml:"lat" min:"-90" max:"90" doc:"Latitude of its marker on the map."`
	Briefing       string     `toml:"briefing" doc:"What a player of this actor reads before the first turn."`
	Objectives     []string   `toml:"objectives" items:"16" len:"500" doc:"The player's objectives, one line each."`
	Support        *float64   `toml:"support" min:"0" max:"100" doc:"Domestic support at the start, 0-100 (default 50)."`
	Leakiness      float64    `toml:"leakiness" min:"0" max:"1" doc:"How likely its private messages are to leak, 0-1."`
	Capital        int        `toml:"capital" min:"0" max:"20" doc:"Political capital per turn; 0 takes rules.capital."`
	HistoricalType string     `toml:"historical_type" doc:"The type the record suggests; historical mode fixes it."`
	AI             profileDef `toml:"ai" doc:"How its AI negotiator bargains."`
	Types          []typeDef  `toml:"types" req:"" minitems:"1" items:"8" doc:"Its possible secret types; one is drawn at the start."`
}

type profileDef struct {
	Curve           string  `toml:"curve" enum:"boulware|linear|conceder|tit-for-tat" doc:"Concession curve (default linear)."`
	Exponent        float64 `toml:"exponent" min:"0" max:"10" doc:"Shape of the curve: above 1 concedes late, below 1 early (default 1)."`
	Patience        float64 `toml:"patience" min:"0" max:"1" doc:"How long it waits before proposing, 0-1."`
	Risk            float64 `toml:"risk" min:"-1" max:"1" doc:"Attitude to risk: negative is risk-averse, -1 to 1."`
	Leakiness       float64 `toml:"leakiness" min:"0" max:"1" doc:"How readily it leaks others' offers when that helps it, 0-1."`
	FaceSensitivity float64 `toml:"face_sensitivity" min:"0" max:"1" doc:"How much embarrassment hardens it, 0-1."`
}

type typeDef struct {
	ID                string                 `toml:"id" req:"" pattern:"id" doc:"Unique id within the actor (hawk)."`
	Name              string                 `toml:"name" req:"" len:"200" doc:"Name shown in beliefs and the debrief (Security hawk)."`
	Description       string                 `toml:"description" doc:"What this type wants, for the debrief."`
	Prior             float64                `toml:"prior" min:"0" max:"1" doc:"Probability that this is the true type; priors are normalised."`
	Weights           map[string]float64     `toml:"weights" items:"64" min:"0" max:"100" doc:"How much each issue matters, by issue id (any scale)."`
	Values            map[string]valuesValue `toml:"values" items:"64" doc:"Value 0-100 of each option, by issue id: an array in option order or a table by option id."`
	Reservation       float64                `toml:"reservation" min:"0" max:"100" doc:"Utility below which no deal beats a deal, 0-100."`
	RedLines          []string               `toml:"red_lines" items:"64" doc:"Options it accepts in no deal, as \"issue.option\"."`
	LinkageAversion   float64                `toml:"linkage_aversion" min:"0" max:"1" doc:"How much explicit linkage costs it, 0-1."`
	PublicityAversion float64                `toml:"publicity_aversion" min:"0" max:"1" doc:"How much being seen to concede costs it, 0-1."`
	HomeWeight        float64                `toml:"home_weight" min:"0" max:"1" doc:"Share of its score from standing at home (support and face) rather than the issues, 0-1 (default rules.home_weight)."`
}

type issueDef struct {
	ID          string       `toml:"id" req:"" pattern:"id" doc:"Unique id; in expressions it stands for the current option id."`
	Name        string       `toml:"name" req:"" len:"200" doc:"Name on the issue board."`
	Label       string       `toml:"label" len:"60" doc:"Short name for the board, if the name is long; the full name shows on hover and focus."`
	Description string       `toml:"description" doc:"What is at stake."`
	Start       string       `toml:"start" req:"" doc:"Option id at the start."`
	Controller  string       `toml:"controller" req:"" doc:"Actor id of who can move it."`
	Historical  string       `toml:"historical" doc:"Option id the real episode ended with."`
	Headline    bool         `toml:"headline" doc:"A headline issue: the lab reports its outcome first (default: the most heavily weighted issues)."`
	History     historyDef   `toml:"history" doc:"What really happened to the issue."`
	Options     []optionDef  `toml:"options" req:"" minitems:"2" items:"16" doc:"Its possible states, in order."`
	Consent     []consentDef `toml:"consent" items:"16" doc:"Options that need other actors' consent or a ratification vote."`
}

type optionDef struct {
	ID           string        `toml:"id" req:"" pattern:"id" doc:"Unique id within the issue."`
	Name         string        `toml:"name" len:"200" doc:"Name shown to players; defaults to the id."`
	Label        string        `toml:"label" len:"40" doc:"Short name for the board's option buttons; the full name shows on hover and focus."`
	Irreversible bool          `toml:"irreversible" doc:"Once reached it can never be left: no move, term or event undoes it."`
	Near         []string      `toml:"near" items:"16" doc:"Option ids that also keep a loosely worded promise of this one (default: the options next to it, but not the start)."`
	IfRevealed   []exposureDef `toml:"if_revealed" items:"32" doc:"Who loses face or support, and how much, when a secret term, or a leaked private letter, promising this option comes out."`
}

type exposureDef struct {
	Actor   string  `toml:"actor" req:"" doc:"Actor id who pays; face it loses is lost before the term's actor."`
	Face    float64 `toml:"face" min:"0" max:"100" doc:"Face (standing) it loses."`
	Support float64 `toml:"support" min:"0" max:"100" doc:"Support at home it loses."`
}

type consentDef struct {
	Options      []string         `toml:"options" items:"16" doc:"Option ids the rule covers; empty means every option."`
	Actors       []string         `toml:"actors" items:"32" doc:"Actor ids whose agreement is needed."`
	Ratification *ratificationDef `toml:"ratification" doc:"A domestic vote that must pass."`
}

type ratificationDef struct {
	Body      string  `toml:"body" req:"" len:"200" doc:"Name of the voting body (Senate)."`
	Actor     string  `toml:"actor" req:"" doc:"Actor id whose domestic support drives the vote."`
	Threshold float64 `toml:"threshold" min:"0" max:"100" doc:"Support at which the vote is a coin toss."`
	Spread    float64 `toml:"spread" min:"0" max:"100" doc:"Support points that move the odds from 50% to 73% (default 10)."`
}

type historyDef struct {
	Date   looseDate `toml:"date" doc:"When it happened (YYYY-MM-DD or free text)."`
	Text   string    `toml:"text" doc:"What happened."`
	Source string    `toml:"source" len:"500" doc:"Where that is recorded."`
}

type variableDef struct {
	ID     string    `toml:"id" req:"" pattern:"id" doc:"Unique id; in expressions it stands for the current value."`
	Name   string    `toml:"name" req:"" len:"200" doc:"Name shown to players."`
	Unit   string    `toml:"unit" len:"40" doc:"Unit shown after the value (kg)."`
	Start  float64   `toml:"start" doc:"Value at the start."`
	Min    float64   `toml:"min" doc:"Lowest value (default 0)."`
	Max    float64   `toml:"max" req:"" doc:"Highest value."`
	Secret bool      `toml:"secret" doc:"Hide the value from players (only its effects show)."`
	Rules  []ruleDef `toml:"rules" items:"64" doc:"Per-turn changes."`
}

type ruleDef struct {
	When  exprValue     `toml:"when" doc:"Condition; the change applies on turns when it holds (always, if absent)."`
	Delta quantityValue `toml:"delta" req:"" doc:"Change per turn: a number or an expression."`
}

type eventDef struct {
	ID       string      `toml:"id" req:"" pattern:"id" doc:"Unique id, for fired(\"id\") in expressions."`
	Name     string      `toml:"name" len:"200" doc:"Name for the instructor and the log."`
	Date     dateValue   `toml:"date" doc:"The event is due from the turn that includes this date."`
	When     exprValue   `toml:"when" doc:"Condition; the event is due in any morning at which it holds (and its date has come)."`
	Chance   float64     `toml:"chance" min:"0" max:"1" doc:"Probability it fires when due, in open mode (0 or absent means certain)."`
	Mode     string      `toml:"mode" enum:"historical|what-if" doc:"historical: what happened (certain in historical mode); what-if: open mode only; absent: both."`
	Repeat   bool        `toml:"repeat" doc:"A conditional event may fire again on later turns."`
	Headline string      `toml:"headline" req:"" len:"200" doc:"Headline shown in the inbox."`
	Text     string      `toml:"text" doc:"The news item or report."`
	Audience []string    `toml:"audience" items:"32" doc:"Actor ids who hear of it; absent means public news."`
	Effects  []effectDef `toml:"effects" items:"64" doc:"What it changes, in order."`
	Intel    []intelDef  `toml:"intel" items:"64" doc:"Intelligence reports it delivers."`
	Dilemma  *dilemmaDef `toml:"dilemma" doc:"A choice it puts to one actor."`
	Ends     bool        `toml:"ends" doc:"The game ends when it fires."`
}

type effectDef struct {
	Kind     string        `toml:"kind" req:"" enum:"set_var|add_var|set_option|support|face|trust|capital|leak_chance|controller|send_offer|insist|rule_out|embarrass" doc:"What the effect changes."`
	Actor    string        `toml:"actor" doc:"Actor id: whose support, face, capital or leak chance; who trusts (trust); the new controller (controller); who goes on record (insist, rule_out); who is embarrassed (embarrass)."`
	Other    string        `toml:"other" doc:"Actor id trusted, for trust; absent or \"*\" means everyone. For embarrass, the actor whom the embarrassed one holds it against."`
	Issue    string        `toml:"issue" doc:"Issue id, for set_option, controller, insist and rule_out."`
	Option   string        `toml:"option" doc:"Option id, for set_option, insist and rule_out."`
	Variable string        `toml:"variable" doc:"Variable id, for set_var and add_var."`
	Amount   quantityValue `toml:"amount" doc:"How much: a number or an expression."`
	Offer    string        `toml:"offer" doc:"Tag of the [[opening]] offer a send_offer effect sends, as a real offer the recipients can answer."`
}

type intelDef struct {
	To          string   `toml:"to" req:"" doc:"Actor id who receives the report."`
	About       string   `toml:"about" doc:"Actor id the report is about; without text it reports that actor's type."`
	Reliability *float64 `toml:"reliability" min:"0" max:"1" doc:"Stated reliability; a type report names the true type with this probability."`
	Text        string   `toml:"text" doc:"The report as written; absent for a type report."`
	Planted     bool     `toml:"planted" doc:"The text report is false (planted)."`
}

type dilemmaDef struct {
	Actor    string      `toml:"actor" req:"" doc:"Actor id who must choose."`
	Prompt   string      `toml:"prompt" req:"" doc:"The question put to it."`
	Choices  []choiceDef `toml:"choices" req:"" minitems:"2" items:"8" doc:"The possible answers."`
	Default  string      `toml:"default" req:"" doc:"Choice id taken when it does not answer in time."`
	Deadline int         `toml:"deadline" min:"0" max:"52" doc:"Turns to answer (default 1)."`
}

type choiceDef struct {
	ID      string      `toml:"id" req:"" pattern:"id" doc:"Unique id within the dilemma."`
	Label   string      `toml:"label" req:"" len:"200" doc:"Text of the answer."`
	Effects []effectDef `toml:"effects" items:"64" doc:"What choosing it changes."`
}

type forumDef struct {
	ID        string    `toml:"id" req:"" pattern:"id" doc:"Unique id."`
	Name      string    `toml:"name" req:"" len:"200" doc:"Name (G20 London)."`
	Date      dateValue `toml:"date" req:"" doc:"First day."`
	Days      int       `toml:"days" min:"0" max:"366" doc:"How many days it lasts (default 1)."`
	Attendees []string  `toml:"attendees" req:"" minitems:"2" items:"32" doc:"Actor ids who attend."`
}

type openingDef struct {
	Tag     string    `toml:"tag" pattern:"id" doc:"A name for the offer, for leaked(\"tag\") in expressions and send_offer effects."`
	Date    dateValue `toml:"date" doc:"A scheduled letter: delivered on the turn that includes this date, not at the start."`
	Held    bool      `toml:"held" doc:"Not sent by itself: an event's send_offer effect sends it (needs a tag)."`
	IfHuman string    `toml:"if_human" enum:"send|prompt|skip" doc:"A scheduled letter whose sender is played by a person: send it as written (default), ask that player whether to send it (prompt; needs a tag), or skip it."`
	Forum   string    `toml:"forum" doc:"Forum id: the offer is made face to face there, on its date (default the forum's first day), and only if the sender and every recipient meet there then; no channel."`
	From    string    `toml:"from" req:"" doc:"Actor id who sent it."`
	To      []string  `toml:"to" req:"" minitems:"1" items:"32" doc:"Actor ids it is addressed to."`
	Terms   []termDef `toml:"terms" req:"" minitems:"1" items:"16" doc:"The package: who sets which issue to which option."`
	Linkage string    `toml:"linkage" enum:"none|implicit|explicit" doc:"How openly it ties the terms together (default none)."`
	Channel string    `toml:"channel" enum:"private|public" doc:"How it travelled (default private)."`
	Expires int       `toml:"expires" min:"0" max:"52" doc:"Turns it stays open (default rules.offer_life)."`
	Text    string    `toml:"text" doc:"The words of the letter or statement."`
}

type termDef struct {
	Actor  string `toml:"actor" req:"" doc:"Actor id who carries out the term."`
	Issue  string `toml:"issue" req:"" doc:"Issue id."`
	Option string `toml:"option" req:"" doc:"Option id the issue is set to."`
	Vague  bool   `toml:"vague" doc:"Open to interpretation; verified, and maybe disputed, after fulfilment."`
	Secret bool   `toml:"secret" doc:"Known only to the offer's parties, even in a public offer, until it leaks (see the option's if_revealed)."`
}

type endDef struct {
	When exprValue `toml:"when" req:"" doc:"Condition that ends the game when it holds after a turn."`
}

type debriefDef struct {
	Date   looseDate `toml:"date" doc:"When (YYYY-MM-DD or free text)."`
	Title  string    `toml:"title" req:"" len:"200" doc:"The turning point in a few words."`
	Text   string    `toml:"text" doc:"What happened and why it mattered."`
	Source string    `toml:"source" len:"500" doc:"Where that is recorded."`
}
