package game

// Facts of the game, for scenario conditions and quantities.

// Var returns a variable's value, or 0 for an unknown id.
func (g *Game) Var(id string) float64 {
	if i, ok := g.ix.variable[id]; ok {
		return g.Vars[i]
	}
	return 0
}

// Option returns an issue's current option id, or "".
func (g *Game) Option(issue string) string {
	if i, ok := g.ix.issue[issue]; ok {
		return g.Scen.Issues[i].Options[g.Options[i]].ID
	}
	return ""
}

// SupportOf returns an actor's domestic support, or 0.
func (g *Game) SupportOf(actor string) float64 {
	if a := g.ActorIndex(actor); a >= 0 {
		return g.Support[a]
	}
	return 0
}

// FaceOf returns an actor's face, or 0.
func (g *Game) FaceOf(actor string) float64 {
	if a := g.ActorIndex(actor); a >= 0 {
		return g.Face[a]
	}
	return 0
}

// TrustOf returns how much one actor trusts another, or 0.
func (g *Game) TrustOf(from, to string) float64 {
	a, b := g.ActorIndex(from), g.ActorIndex(to)
	if a < 0 || b < 0 {
		return 0
	}
	return g.Trust[a][b]
}

// HasFired reports whether an event has fired.
func (g *Game) HasFired(event string) bool {
	if i, ok := g.ix.event[event]; ok {
		return g.Fired[i]
	}
	return false
}

// facts adapts a Game to the Facts interface; Game's own method names are
// kept for players' code, which reads more naturally.
type facts struct{ g *Game }

func (f facts) Var(id string) float64         { return f.g.Var(id) }
func (f facts) Option(issue string) string    { return f.g.Option(issue) }
func (f facts) Support(actor string) float64  { return f.g.SupportOf(actor) }
func (f facts) Face(actor string) float64     { return f.g.FaceOf(actor) }
func (f facts) Trust(from, to string) float64 { return f.g.TrustOf(from, to) }
func (f facts) Turn() int                     { return f.g.Turn }
func (f facts) Date() Date                    { return f.g.Date }
func (f facts) Fired(event string) bool       { return f.g.HasFired(event) }
func (f facts) Type(actor string) string      { return f.g.TypeOf(actor) }
func (f facts) Leaked(tag string) bool        { return f.g.HasLeaked(tag) }
func (f facts) Agreed(issue, option string) bool {
	return f.g.HasAgreed(issue, option)
}
func (f facts) Reneged(actor string) bool { return f.g.HasReneged(actor) }
func (f facts) Stated(actor, issue, option string) bool {
	return f.g.HasStated(actor, issue, option)
}

// Facts returns the game's facts for evaluating scenario expressions.
func (g *Game) Facts() Facts { return facts{g} }
