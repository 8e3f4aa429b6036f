package game

// Linkage is how openly an offer ties one issue to another.
type Linkage string

// Linkage levels: explicit is a stated trade, implicit is deniable.
const (
	LinkNone     Linkage = "none"
	LinkImplicit Linkage = "implicit"
	LinkExplicit Linkage = "explicit"
)

// Channel is how a message travels.
type Channel string

// Channels: a private letter takes a turn, a forum meeting needs an open
// forum, a public statement is seen by all.
const (
	ChannelPrivate Channel = "private"
	ChannelForum   Channel = "forum"
	ChannelPublic  Channel = "public"
)

// Term is one promise in an offer: Actor sets Issue to Option.
// A vague term is open to interpretation and is verified after fulfilment.
// A secret term is known only to the offer's parties, even when the rest
// of the package is public, until it leaks.
type Term struct {
	Actor  string `json:"actor"`
	Issue  string `json:"issue"`
	Option string `json:"option"`
	Vague  bool   `json:"vague,omitempty"`
	Secret bool   `json:"secret,omitempty"`
}

// OrderKind names what an order does.
type OrderKind string

// Order kinds.
const (
	OrderPropose   OrderKind = "propose"   // send an offer
	OrderAccept    OrderKind = "accept"    // accept an offer
	OrderReject    OrderKind = "reject"    // reject, privately or (Public) publicly
	OrderCounter   OrderKind = "counter"   // reject and propose other terms
	OrderStall     OrderKind = "stall"     // keep it open without answering
	OrderLeak      OrderKind = "leak"      // publish a private offer one has seen
	OrderStatement OrderKind = "statement" // public commitment on an issue
	OrderMove      OrderKind = "move"      // set an issue one controls
	OrderFulfil    OrderKind = "fulfil"    // carry out an agreed term
	OrderRenege    OrderKind = "renege"    // refuse to carry out an agreed term
	OrderChoose    OrderKind = "choose"    // answer a dilemma
)

// Order is one thing a seat does in a turn. Which fields matter depends on
// Kind; one flat struct keeps saves and replays plain JSON.
type Order struct {
	Kind OrderKind `json:"kind"`
	// Offer names the offer answered, countered, stalled or leaked.
	Offer string `json:"offer,omitempty"`
	// To, Terms, Linkage, Channel and Text describe a proposal or counter.
	To      []string `json:"to,omitempty"`
	Terms   []Term   `json:"terms,omitempty"`
	Linkage Linkage  `json:"linkage,omitempty"`
	Channel Channel  `json:"channel,omitempty"`
	Forum   string   `json:"forum,omitempty"`
	Text    string   `json:"text,omitempty"`
	// Public makes a rejection public.
	Public bool `json:"public,omitempty"`
	// Issue and Option for moves and statements (Option also names the
	// option a loosely worded term is fulfilled with); Oppose makes a statement a
	// refusal ("we will never accept Option") rather than a demand.
	Issue  string `json:"issue,omitempty"`
	Option string `json:"option,omitempty"`
	Oppose bool   `json:"oppose,omitempty"`
	// Agreement and TermIndex name the term fulfilled or reneged.
	Agreement string `json:"agreement,omitempty"`
	TermIndex int    `json:"term,omitempty"`
	// Dilemma and Choice answer a dilemma.
	Dilemma string `json:"dilemma,omitempty"`
	Choice  string `json:"choice,omitempty"`
}

// Cost is the political capital an order spends under the rules.
func (o Order) Cost(r Rules) int {
	switch o.Kind {
	case OrderPropose, OrderCounter:
		switch o.Channel {
		case ChannelForum:
			return r.ForumCost
		case ChannelPublic:
			return r.StatementCost
		default:
			return r.LetterCost
		}
	case OrderStatement:
		return r.StatementCost
	case OrderLeak:
		if r.Off.Leaks {
			return 0 // a leak that cannot happen costs nothing
		}
		return r.LeakCost
	case OrderMove:
		return r.MoveCost
	case OrderReject:
		if o.Public {
			return r.StatementCost
		}
	}
	return 0
}
