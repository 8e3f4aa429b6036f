package scenario

import (
	"fmt"

	"backchannel/game"
)

// checker turns the decoded format into a game.Scenario, checking every
// reference and compiling every expression.
type checker struct {
	r  *reporter
	d  *decoder
	f  *fileDef
	s  *game.Scenario
	sc *exprScope

	actors   []string
	types    [][]string // per actor
	issues   []string
	options  [][]string // per issue
	vars     []string
	events   []string
	forums   []string
	neverRun map[int]bool    // events whose condition is constant false
	sent     map[string]bool // offer tags some send_offer effect sends
}

// ref checks that the value at path is one of ids; ctx, if given, ends
// the message ("of issue third_site"). An absent value is fine (required
// keys are the decoder's business), and a value the decoder already
// rejected is not reported twice. An empty id counts as absent: the
// decoder refuses empty strings for required keys.
func (c *checker) ref(path, kind, id string, ids []string, ctx ...string) bool {
	if c.d.failed[path] || id == "" {
		return false
	}
	return c.known(path, false, kind, id, ids, ctx...)
}

// refKey checks a reference written as a table key (weights.third_site).
func (c *checker) refKey(path, kind, id string, ids []string, ctx ...string) bool {
	return c.known(path, true, kind, id, ids, ctx...)
}

// known reports whether id is one of ids, reporting it at the key or value
// of path if not. Positions are looked up only for errors: a valid file
// never builds the position index.
func (c *checker) known(path string, atKey bool, kind, id string, ids []string, ctx ...string) bool {
	if contains(ids, id) {
		return true
	}
	ids = uniq(ids)
	hint := didYouMean(id, ids)
	if hint == "" && len(ids) > 0 && len(ids) <= 8 {
		hint = "want one of " + quoteList(ids)
	}
	msg := fmt.Sprintf("unknown %s %q", kind, id)
	for _, s := range ctx {
		msg += " " + s
	}
	if atKey {
		c.r.errKey(path, hint, "%s", msg)
	} else {
		c.r.errVal(path, hint, "%s", msg)
	}
	return false
}

// refs checks a list of references and that none repeats.
func (c *checker) refs(path, kind string, list, ids []string) {
	for i, id := range list {
		p := joinIndex(path, i)
		if !c.d.failed[p] {
			c.known(p, false, kind, id, ids)
		}
		if contains(list[:i], id) {
			c.r.errVal(p, "", "%s %q is listed twice", kind, id)
		}
	}
}

// collect gathers the ids of one kind, reporting duplicates.
func (c *checker) collect(kind, path string, n int, id func(i int) string) []string {
	out := make([]string, 0, n)
	first := map[string]string{}
	for i := range n {
		p := joinKey(joinIndex(path, i), "id")
		v := id(i)
		if v == "" {
			out = append(out, "")
			continue
		}
		if at, dup := first[v]; dup {
			ln, col := c.r.lineCol(c.r.valOf(at))
			c.r.errVal(p, fmt.Sprintf("the first is at %d:%d", ln, col), "duplicate %s id %q", kind, v)
		} else {
			first[v] = p
		}
		out = append(out, v)
	}
	return out
}

// uniq drops repeated and empty ids (from duplicates already reported).
func uniq(ids []string) []string {
	var out []string
	for _, id := range ids {
		if id != "" && !contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

func quoteList(ids []string) string {
	s := ""
	for i, id := range ids {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprintf("%q", id)
	}
	return s
}

// steps are the checks, in order, that build the scenario: one for the
// ids, the calendar and the rules, then one for each actor, issue, variable
// and event (whose expressions compile there), so that a Loader can hand
// the page back between them; the scenario is c.s after the last.
func (c *checker) steps() []func() {
	f := c.f
	steps := []func(){c.begin}
	for i := range f.Actors {
		steps = append(steps, func() { c.actor(i) })
	}
	for i := range f.Issues {
		steps = append(steps, func() { c.issue(i) })
	}
	for i := range f.Variables {
		steps = append(steps, func() { c.variable(i) })
	}
	for i := range f.Events {
		steps = append(steps, func() { c.event(i) })
	}
	return append(steps, c.rest, func() {
		if !c.r.diags.HasErrors() {
			// Lints on a broken file would mostly echo its errors.
			c.lint()
		}
	})
}

// begin gathers the ids, checks the calendar and the rules, and opens the
// scope of expressions (the Loader releases it at the end).
func (c *checker) begin() {
	f := c.f
	c.s = &game.Scenario{ID: f.Scenario.ID, Title: f.Scenario.Title, Summary: f.Scenario.Summary}
	c.collectIDs()
	c.calendar()
	c.rules()
	c.sc = newExprScope(c.vars, c.issueOptions(), c.actors, c.events, c.tags(), c.actorTypes())
	c.neverRun, c.sent = map[int]bool{}, map[string]bool{}
}

// rest checks the forums, the opening offers, the end conditions, the
// debrief, the map and the events' work.
func (c *checker) rest() {
	f := c.f
	for i := range f.Forums {
		c.forum(i)
	}
	for i := range f.Opening {
		c.opening(i)
	}
	for i, e := range f.End {
		if cond := c.condition(joinKey(joinIndex("end", i), "when"), e.When); cond != nil {
			c.s.End = append(c.s.End, cond)
		}
	}
	for _, d := range f.Debrief {
		c.s.Debrief = append(c.s.Debrief, game.DebriefNote{Date: string(d.Date), Title: d.Title, Text: d.Text, Source: d.Source})
	}
	c.mapView()
	c.checkWork()
}

// collectIDs gathers every id first, so that references may point forward.
func (c *checker) collectIDs() {
	f := c.f
	c.actors = c.collect("actor", "actors", len(f.Actors), func(i int) string { return f.Actors[i].ID })
	for a := range f.Actors {
		ts := f.Actors[a].Types
		c.types = append(c.types, c.collect("type", joinKey(joinIndex("actors", a), "types"), len(ts), func(i int) string { return ts[i].ID }))
	}
	c.issues = c.collect("issue", "issues", len(f.Issues), func(i int) string { return f.Issues[i].ID })
	for i := range f.Issues {
		os := f.Issues[i].Options
		c.options = append(c.options, c.collect("option", joinKey(joinIndex("issues", i), "options"), len(os), func(j int) string { return os[j].ID }))
	}
	c.vars = c.collect("variable", "variables", len(f.Variables), func(i int) string { return f.Variables[i].ID })
	c.events = c.collect("event", "events", len(f.Events), func(i int) string { return f.Events[i].ID })
	c.forums = c.collect("forum", "forums", len(f.Forums), func(i int) string { return f.Forums[i].ID })
	c.names()
}

// names checks that issue and variable ids, which are names in
// expressions, neither clash with each other nor with the language.
func (c *checker) names() {
	for i, id := range c.issues {
		p := joinKey(joinIndex("issues", i), "id")
		if contains(exprReserved, id) {
			c.r.errVal(p, "choose another id", "issue id %q is reserved in expressions", id)
		}
	}
	for i, id := range c.vars {
		p := joinKey(joinIndex("variables", i), "id")
		if contains(exprReserved, id) {
			c.r.errVal(p, "choose another id", "variable id %q is reserved in expressions", id)
		} else if id != "" && contains(c.issues, id) {
			c.r.errVal(p, "expressions could not tell them apart", "variable id %q is also an issue id", id)
		}
	}
}

// actorTypes maps each actor id to its type ids, for type("ACTOR") == "id".
func (c *checker) actorTypes() map[string][]string {
	m := map[string][]string{}
	for a, id := range c.actors {
		if id != "" {
			m[id] = c.types[a]
		}
	}
	return m
}

// tags lists the tags the scenario gives its own offers, for leaked("tag").
func (c *checker) tags() []string {
	var out []string
	for _, o := range c.f.Opening {
		if o.Tag != "" && !contains(out, o.Tag) {
			out = append(out, o.Tag)
		}
	}
	return out
}

func (c *checker) issueOptions() map[string][]string {
	m := map[string][]string{}
	for i, id := range c.issues {
		if id != "" {
			m[id] = c.options[i]
		}
	}
	return m
}

func (c *checker) calendar() {
	cal := c.f.Calendar
	c.s.Calendar = game.Calendar{Start: cal.Start.D, End: cal.End.D, DaysPerTurn: cal.DaysPerTurn}
	if !cal.Start.Set || !cal.End.Set || cal.DaysPerTurn <= 0 {
		return
	}
	if cal.End.D.Before(cal.Start.D) {
		c.r.errVal("calendar.end", "", "the calendar ends (%s) before it starts (%s)", cal.End.D, cal.Start.D)
		return
	}
	c.periods()
	if n := c.s.Calendar.Turns(); n > MaxTurns {
		c.r.errVal("calendar.days_per_turn", "lengthen the turns or shorten the calendar", "too many turns: %d (the limit is %d)", n, MaxTurns)
	}
}

// periods checks the calendar's later spans: each after the start and
// after the one before it. A span that begins after the end is kept, with
// a warning, since it changes nothing.
func (c *checker) periods() {
	cal := c.f.Calendar
	prev, prevPath := cal.Start.D, "calendar.start"
	for i, p := range cal.Periods {
		path := joinKey(joinIndex("calendar.periods", i), "from")
		if !p.From.Set || p.DaysPerTurn <= 0 || c.d.failed[path] {
			continue
		}
		ln, col := c.r.lineCol(c.r.valOf(prevPath))
		switch {
		case i == 0 && !cal.Start.D.Before(p.From.D):
			c.r.errVal(path, "set calendar.days_per_turn for the turns before it, and start the period later",
				"the period starts on %s, not after the calendar's start (%s)", p.From.D, cal.Start.D)
			continue
		case i > 0 && !prev.Before(p.From.D):
			c.r.errVal(path, fmt.Sprintf("list periods in date order; the one before starts at %d:%d", ln, col),
				"the period starts on %s, not after the period before it (%s)", p.From.D, prev)
			continue
		case cal.End.D.Before(p.From.D):
			c.r.warnVal(path, fmt.Sprintf("the calendar ends on %s", cal.End.D),
				"the period starts on %s, after the calendar ends: it changes nothing", p.From.D)
		}
		c.s.Calendar.Periods = append(c.s.Calendar.Periods, game.Period{From: p.From.D, DaysPerTurn: p.DaysPerTurn})
		prev, prevPath = p.From.D, path
	}
}

// inCalendar reports whether a date falls within the calendar.
func (c *checker) inCalendar(d game.Date) bool {
	cal := c.s.Calendar
	return cal.Start.IsZero() || !d.Before(cal.Start) && !cal.End.Before(d)
}

func (c *checker) rules() {
	r := c.f.Rules
	c.s.Rules = game.Rules{Capital: r.Capital, LetterCost: r.LetterCost, ForumCost: r.ForumCost,
		StatementCost: r.StatementCost, LeakCost: r.LeakCost, MoveCost: r.MoveCost, OfferLife: r.OfferLife,
		LeakChance: r.LeakChance, AudienceCost: r.AudienceCost, WordCost: r.WordCost, RenegeTrust: r.RenegeTrust,
		RenegeFace: r.RenegeFace, HomeWeight: r.HomeWeight, TermDeadline: r.TermDeadline, Rationality: r.Rationality, SupportDrift: r.SupportDrift,
		EmbarrassTurns: r.EmbarrassTurns, Linkage: game.Linkage(r.Linkage)}
	for _, name := range r.Off {
		if sw := c.s.Rules.Off.Switch(name); sw != nil {
			*sw = true
		}
	}
}

// condition compiles the expression at path, or returns nil (absent or
// broken; broken ones are reported).
func (c *checker) condition(path string, ev exprValue) game.Condition {
	if !ev.Set {
		return nil
	}
	k, ok := c.compile(path, ev.Src, exprCond)
	if !ok {
		return nil
	}
	return makeCondition(k, ev.Src)
}

// quantity compiles a number or expression, or returns nil.
func (c *checker) quantity(path string, qv quantityValue) game.Quantity {
	if !qv.Set {
		return nil
	}
	if !qv.IsExpr {
		return game.Const(qv.Num)
	}
	k, ok := c.compile(path, qv.Src, exprNum)
	if !ok {
		return nil
	}
	return makeQuantity(k, qv.Src)
}

func (c *checker) compile(path, src string, kind exprKind) (compiled, bool) {
	k, errs := c.sc.compile(src, kind)
	for _, e := range errs {
		off := stringOffset(c.r.src, c.r.valOf(path), e.from)
		c.r.add(Error, off, e.hint, e.msg)
	}
	if len(errs) > 0 {
		return compiled{}, false
	}
	return k, true
}
