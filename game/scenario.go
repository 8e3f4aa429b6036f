package game

// Scenario is the static definition of an episode: everything the engine
// plays, and nothing that changes during play. Package scenario builds one
// from a TOML file; tests build them by hand.
type Scenario struct {
	ID      string
	Title   string
	Summary string
	// Hash is the SHA-256 of the source file, set by the loader, so that a
	// save can tell when its scenario has changed.
	Hash string
	// File is the path of the file the scenario was loaded from, as it was
	// given, for a save to record; empty for a built-in one. It is not
	// part of Hash.
	File      string
	Calendar  Calendar
	Actors    []ActorDef
	Issues    []IssueDef
	Variables []VariableDef
	Events    []EventDef
	Forums    []ForumDef
	// Opening are offers already on the table when the game starts, such as
	// a letter delivered before the first turn.
	Opening []OpeningOffer
	// End lists conditions that end the game early when any holds.
	End   []Condition
	Rules Rules
	// Debrief holds prose shown after the game: turning points of the real
	// episode, in order.
	Debrief []DebriefNote
	// View is the part of the world the map shows, or nil to fit the
	// actors' positions. Actors outside it get markers at its edge.
	View *GeoBox
}

// GeoBox is a stretch of the world in degrees: longitudes West to East,
// latitudes South to North.
type GeoBox struct {
	West, South, East, North float64
}

// ActorDef is one government: who it is, how it looks, what it may be.
type ActorDef struct {
	ID         string
	Name       string
	Short      string
	Leader     string
	Colour     string // "#rrggbb"
	Lon, Lat   float64
	Briefing   string
	Objectives []string
	Support    float64 // domestic support at the start, 0-100
	Leakiness  float64 // how likely its private messages are to leak, 0-1
	Capital    int     // political capital per turn; 0 means Rules.Capital
	Types      []TypeDef
	// HistoricalType is the type the record suggests; historical mode fixes it.
	HistoricalType string
	AI             Profile
}

// TypeDef is one possible secret type of an actor and its preferences.
type TypeDef struct {
	ID          string
	Name        string
	Description string
	Prior       float64
	Prefs       Preferences
}

// Preferences say what a type wants.
type Preferences struct {
	// Weights says how much each issue matters (any scale; normalised).
	Weights map[string]float64
	// Values gives, per issue, a value 0-100 for each option in order.
	Values map[string][]float64
	// Reservation is the utility (0-100) below which a deal is worse than none.
	Reservation float64
	// RedLines are options the type will not accept in any deal.
	RedLines []OptionRef
	// LinkageAversion (0-1) is how much explicit linkage costs it.
	LinkageAversion float64
	// PublicityAversion (0-1) is how much being seen to concede costs it.
	PublicityAversion float64
	// HomeWeight (0-1) is the share of the type's score that comes from its
	// standing at home (support and face) rather than from the issues; 0
	// takes Rules.HomeWeight.
	HomeWeight float64
}

// OptionRef names one option of one issue.
type OptionRef struct {
	Issue  string
	Option string
}

// Profile tunes an AI seat's bargaining style.
type Profile struct {
	// Curve is "boulware", "linear", "conceder" or "tit-for-tat".
	Curve string
	// Exponent shapes the curve: above 1 concedes late, below 1 early.
	Exponent float64
	// Patience (0-1): how long it waits before proposing.
	Patience float64
	// Risk (-1..1): negative is risk-averse about ratification and renegades.
	Risk float64
	// Leakiness (0-1): how readily it leaks others' offers when that helps it.
	Leakiness float64
	// FaceSensitivity (0-1): how much embarrassment hardens it.
	FaceSensitivity float64
}

// IssueDef is a question the episode settles, with ordered options.
type IssueDef struct {
	ID          string
	Name        string
	Label       string // short name for the board; Name if empty
	Description string
	Options     []OptionDef
	Start       string // option at the start
	Controller  string // actor who can move it
	Consent     []ConsentRule
	// Historical is the option the real episode ended with.
	Historical string
	History    HistoryNote
	// Headline marks the issues the episode is about, which the lab
	// reports first.
	Headline bool
}

// Short is the issue's name where room is tight: its label, or its name.
func (is IssueDef) Short() string {
	if is.Label != "" {
		return is.Label
	}
	return is.Name
}

// Short is the option's name where room is tight: its label, or its name.
func (o OptionDef) Short() string {
	if o.Label != "" {
		return o.Label
	}
	return o.Name
}

// OptionDef is one possible state of an issue.
type OptionDef struct {
	ID    string
	Name  string
	Label string // short name for the board; Name if empty
	// Irreversible options cannot be left once reached (a vote cast, uranium
	// shipped abroad, a decree signed): no move, term or event undoes them.
	Irreversible bool
	// Near lists the options that also keep a loosely worded promise of
	// this one; empty means the options next to it in order.
	Near []string
	// IfRevealed names who loses face or support, and how much, when a
	// secret term, or a leaked private letter, setting the issue to this
	// option comes out: the ally whose missiles were traded away, the
	// government caught dealing.
	IfRevealed []Exposure
}

// Exposure is what one actor loses when a secret term comes out. Face lost
// to another actor embarrasses it before whoever made the promise.
type Exposure struct {
	Actor   string
	Face    float64
	Support float64
}

// ConsentRule says that moving an issue to some options needs other actors'
// consent (as parties to an agreement), a ratification vote, or both.
type ConsentRule struct {
	Options      []string // empty means every option but the current one
	Actors       []string
	Ratification *Ratification
}

// Ratification is a vote by a domestic body; it passes with a chance that
// grows with the actor's domestic support above the threshold.
type Ratification struct {
	Body      string
	Actor     string
	Threshold float64 // support at which the vote is a coin toss
	Spread    float64 // support points that move the odds from 50% to 73%; 0 means 10
}

// HistoryNote says what really happened to an issue, with date and source.
type HistoryNote struct {
	Date   string
	Text   string
	Source string
}

// VariableDef is a number about the world with bounds and change rules.
type VariableDef struct {
	ID    string
	Name  string
	Unit  string
	Start float64
	Min   float64
	Max   float64
	// Secret variables are not shown to actors (only their effects).
	Secret bool
	Rules  []ChangeRule
}

// ChangeRule adds Delta to a variable each turn while When holds (or always).
type ChangeRule struct {
	When  Condition
	Delta Quantity
}

// EventDef fires on a date or when a condition holds.
type EventDef struct {
	ID   string
	Name string
	// ForHuman, set by the loader for a scheduled letter that prompts its
	// sender, fires the event only when that actor is a human seat.
	ForHuman string
	// Date pins the event to the turn that includes it.
	Date Date
	// When fires it in any morning at which it holds (and Date, if set, has passed).
	When Condition
	// Chance is the probability it fires when due, in open mode (0 means 1).
	Chance float64
	// Mode limits the event to one mode: "historical" (what happened, fired
	// for certain in historical mode and by Chance in open mode), "what-if"
	// (open mode only), or "" (both modes, by Chance in open mode).
	Mode EventMode
	// Repeat lets a conditional event fire again on later turns.
	Repeat   bool
	Headline string
	Text     string
	// Audience limits who hears of it; empty means public news.
	Audience []string
	Effects  []Effect
	Intel    []IntelDef
	Dilemma  *DilemmaDef
	// Ends the game when it fires.
	Ends bool
}

// EventMode says in which game modes an event can fire.
type EventMode string

// Event modes.
const (
	EventAlways     EventMode = ""
	EventHistorical EventMode = "historical"
	EventWhatIf     EventMode = "what-if"
)

// EffectKind names what an effect changes.
type EffectKind string

// Effect kinds.
const (
	EffectSetVar     EffectKind = "set_var"
	EffectAddVar     EffectKind = "add_var"
	EffectSetOption  EffectKind = "set_option"
	EffectSupport    EffectKind = "support"
	EffectFace       EffectKind = "face"
	EffectTrust      EffectKind = "trust"
	EffectCapital    EffectKind = "capital"
	EffectLeak       EffectKind = "leak_chance"
	EffectController EffectKind = "controller"
	EffectSendOffer  EffectKind = "send_offer"
	// EffectInsist and EffectRuleOut put an actor's public words on record,
	// as a statement order would: going back on them later carries the
	// audience cost. They let a scenario give actors commitments from the
	// record (a speech, a promise to parliament) that they may want to break.
	EffectInsist  EffectKind = "insist"
	EffectRuleOut EffectKind = "rule_out"
	// EffectEmbarrass embarrasses an actor before another, as a leak or a
	// public rebuff does: it loses the amount in face, trusts the other
	// less and for a while concedes less to it (see Game.embarrass). With
	// embarrassment off it does nothing, so a story from the record that
	// shamed a government (a letter in the papers) is the mechanic's to
	// carry, not a plain loss of face.
	EffectEmbarrass EffectKind = "embarrass"
)

// Effect is one change an event or a dilemma choice makes.
type Effect struct {
	Kind  EffectKind
	Actor string // support, face, capital, leak_chance, trust (from), embarrass (who)
	// Other is the other side of a trust change, whoever embarrasses, or
	// the new controller.
	Other    string
	Issue    string
	Option   string
	Variable string
	Amount   Quantity
	// Offer is the tag of the scenario offer a send_offer effect sends.
	Offer string
}

// IntelDef is a report delivered to an actor. A report about a type names
// the true type with probability Reliability and another type otherwise;
// a text report is shown as written (False marks a planted, wrong one).
type IntelDef struct {
	To          string
	About       string
	Reliability float64
	Text        string
	False       bool
}

// DilemmaDef puts a choice to one actor; the default is taken when it does
// not answer by the deadline.
type DilemmaDef struct {
	Actor    string
	Prompt   string
	Choices  []ChoiceDef
	Default  string
	Deadline int // turns to answer; 0 means 1
}

// ChoiceDef is one answer to a dilemma.
type ChoiceDef struct {
	ID      string
	Label   string
	Effects []Effect
}

// ForumDef is a summit: while it is open its attendees meet face to face.
type ForumDef struct {
	ID        string
	Name      string
	Date      Date
	Days      int
	Attendees []string
}

// OpeningOffer is an offer on the table at the start.
type OpeningOffer struct {
	// Tag names the offer for leaked("tag") in expressions and for the
	// send_offer effect; optional.
	Tag string
	// Date makes it a scheduled letter, delivered on the turn that
	// includes the date instead of at the start.
	Date Date
	// Held offers wait for an event's send_offer effect.
	Held bool
	// IfHuman says what becomes of a scheduled letter whose sender is a
	// human seat: sent as written (IfHumanSend, the default), put to the
	// sender as a choice (IfHumanPrompt), or not sent (IfHumanSkip). A
	// player's letters are then the player's own, not the record's.
	IfHuman string
	// Forum makes it words spoken face to face at that forum (its id),
	// on the turn of Date: put on the table that morning and answered in
	// that turn's orders, and only if its sender and every recipient meet
	// there that turn. With no such meeting (forums switched off) it is
	// never made.
	Forum   string
	From    string
	To      []string
	Terms   []Term
	Linkage Linkage
	Channel Channel
	Expires int // turns it stays open; 0 means Rules.OfferLife
	Text    string
}

// What becomes of a human sender's scheduled letter (OpeningOffer.IfHuman).
const (
	IfHumanSend   = "send"
	IfHumanPrompt = "prompt"
	IfHumanSkip   = "skip"
)

// DebriefNote is a turning point of the real episode.
type DebriefNote struct {
	Date   string
	Title  string
	Text   string
	Source string
}

// Rules are the tunable numbers of the engine; zero values take defaults.
type Rules struct {
	Capital        int     // capital per turn
	LetterCost     int     // private letter
	ForumCost      int     // meeting at a forum
	StatementCost  int     // public statement
	LeakCost       int     // deliberate leak
	MoveCost       int     // unilateral move
	OfferLife      int     // turns an offer stays open
	LeakChance     float64 // base per-turn leak chance of a private message
	AudienceCost   float64 // support a leaked letter's linkage costs its sender; a broken statement's too, unless WordCost is set
	WordCost       float64 // support lost for breaking a public statement; AudienceCost when zero
	RenegeTrust    float64 // trust lost by reneging
	RenegeFace     float64 // face lost by reneging where all can see it
	HomeWeight     float64 // share of a score from standing at home, when a type does not say
	TermDeadline   int     // turns to fulfil a term
	Rationality    float64 // 0-1: how much an action says about a type
	SupportDrift   float64 // share of the gap to the baseline closed per turn
	EmbarrassTurns int     // how long embarrassment lasts
	// Off switches mechanics off, for the lab's ablations or a scenario
	// that does without one; the zero value plays every mechanic.
	Off Off
	// Linkage, when set, forces every offer to that level whatever its
	// sender asks; "" lets the players choose.
	Linkage Linkage
}

// Off names the mechanics a game plays without. Each switch is honoured by
// the engine itself, so that every seat, human or AI, meets the same game.
type Off struct {
	// Leaks: no private message becomes public, neither by chance nor on
	// purpose (a leak order is still legal but costs nothing and does nothing).
	Leaks bool
	// Embarrassment: leaks and public rebuffs cost no face and no trust, and
	// leave no one embarrassed.
	Embarrassment bool
	// AudienceCosts: breaking a public statement costs no support or face
	// (it is still recorded as broken).
	AudienceCosts bool
	// Vagueness: every term is read as precisely worded; the "loosely
	// worded" mark is dropped when an offer is made, so nothing is verified
	// or disputed.
	Vagueness bool
	// Forums: no summit opens, so no one meets face to face.
	Forums bool
	// Beliefs: no one updates beliefs about others' types, from actions or
	// from intel; everyone keeps the priors.
	Beliefs bool
}

// OffNames lists the switches' names as scenario files and the lab spell
// them, in the order of the Off struct.
func OffNames() []string {
	return []string{"leaks", "embarrassment", "audience_costs", "vagueness", "forums", "beliefs"}
}

// Switch returns a pointer to the switch of that name, or nil.
func (o *Off) Switch(name string) *bool {
	switch name {
	case "leaks":
		return &o.Leaks
	case "embarrassment":
		return &o.Embarrassment
	case "audience_costs":
		return &o.AudienceCosts
	case "vagueness":
		return &o.Vagueness
	case "forums":
		return &o.Forums
	case "beliefs":
		return &o.Beliefs
	}
	return nil
}

// BrokenWordCost is the support a type loses for breaking one of its
// public statements (it loses half as much face): the audience cost (or
// WordCost, where a scenario prices a climb-down apart from a leak),
// scaled by publicity as a leak's cost is, by 0.5 plus the type's
// publicity aversion, and by half again, since a climb-down happens in
// full view while a leak is only a story. A type that minds publicity
// most pays 2.25 times the audience cost; one that does not, 0.75 times.
// (Twice as much bound the AI so hard that Warsaw's one bluff a game
// stopped every deal on the site: statements are broken in about one
// game in ten either way.)
func (r Rules) BrokenWordCost(p *Preferences) float64 {
	cost := r.WordCost
	if cost == 0 {
		cost = r.AudienceCost
	}
	return cost * 1.5 * (0.5 + p.PublicityAversion)
}

// Effective is the rules as a game plays them: zero fields take their
// defaults. The loader's lints read costs and capital through it.
func (r Rules) Effective() Rules { return r.withDefaults() }

// withDefaults fills zero fields.
func (r Rules) withDefaults() Rules {
	def := func(v *int, d int) {
		if *v == 0 {
			*v = d
		}
	}
	deff := func(v *float64, d float64) {
		if *v == 0 {
			*v = d
		}
	}
	def(&r.Capital, 3)
	def(&r.LetterCost, 1)
	def(&r.ForumCost, 1)
	def(&r.StatementCost, 1)
	def(&r.LeakCost, 2)
	def(&r.MoveCost, 1)
	def(&r.OfferLife, 3)
	deff(&r.LeakChance, 0.05)
	deff(&r.AudienceCost, 12)
	deff(&r.RenegeTrust, 20)
	deff(&r.RenegeFace, 8)
	deff(&r.HomeWeight, 0.25)
	def(&r.TermDeadline, 4)
	deff(&r.Rationality, 0.5)
	deff(&r.SupportDrift, 0.1)
	def(&r.EmbarrassTurns, 4)
	return r
}

// Facts is what conditions and quantities may read about the world.
type Facts interface {
	Var(id string) float64
	Option(issue string) string
	Support(actor string) float64
	Face(actor string) float64
	Trust(from, to string) float64
	Turn() int
	Date() Date
	Fired(event string) bool
	// Type is an actor's true type id. Only the engine knows it: an AI
	// seat's facts answer its own type, and for others its likeliest
	// reading of them.
	Type(actor string) string
	// Leaked reports whether an offer or term with this scenario tag leaked.
	Leaked(tag string) bool
	// Agreed reports whether some agreement has a term setting the issue to
	// the option.
	Agreed(issue, option string) bool
	// Reneged reports whether the actor has reneged on an agreed term.
	Reneged(actor string) bool
	// Stated reports whether the actor stands by a public statement for
	// the option.
	Stated(actor, issue, option string) bool
}

// Condition is a compiled scenario test, such as "leu_kg > 1500".
type Condition interface {
	Holds(f Facts) bool
}

// Quantity is a compiled scenario number, such as "centrifuges * 0.02".
type Quantity interface {
	Value(f Facts) float64
}

// Const is a Quantity that is always the same number.
type Const float64

// Value returns the number.
func (c Const) Value(Facts) float64 { return float64(c) }

// CondFunc adapts a Go function to a Condition (for tests and built-ins).
type CondFunc func(Facts) bool

// Holds calls the function.
func (c CondFunc) Holds(f Facts) bool { return c(f) }
