// Package lab plays a scenario many times under varied seats and rules and
// measures what decides it: whether skill beats trivial play in each seat,
// whether each mechanic changes anything, whether a hidden type decides the
// game. `backchannel lab` and `backchannel simulate` both run their games
// here.
//
// Every arm plays the same seeds (game i of every arm has seed Seed+i), so
// arms differ only by what the arm changes (common random numbers), and
// the results never depend on the number of workers.
package lab

import (
	"errors"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"

	"backchannel/game"
	"backchannel/game/strategy"
)

// Arm is one way of playing the scenario: the strategy of each seat, the
// rules and the mode.
type Arm struct {
	// Name identifies the arm in reports ("normal", "POL/accept-all",
	// "no leaks").
	Name string
	// Seats names each actor's strategy, in scenario order.
	Seats []string
	// Rules, if not nil, changes the scenario's rules for this arm.
	Rules func(*game.Rules)
	// Historical plays in historical mode.
	Historical bool
}

// Uniform is an arm where every seat plays the same strategy.
func Uniform(name string, sc *game.Scenario, strat string) Arm {
	seats := make([]string, len(sc.Actors))
	for a := range seats {
		seats[a] = strat
	}
	return Arm{Name: name, Seats: seats}
}

// Result is what one game tells the lab.
type Result struct {
	Seed    uint64
	Turns   int
	Options []int // final option per issue
	// Trail holds each issue's option after each turn: Trail[t-1][i].
	Trail  [][]int
	Scores []game.Score
	Types  []int
	Terms  TermCounts
	// Linkage counts the multi-term offers the AI seats made at each level:
	// none, implicit, explicit. Only offers whose terms bind two actors or
	// more count: linkage ties one side's promises to another's, and the
	// engine releases only other parties, so two promises of one actor
	// have no linkage to choose.
	Linkage          [3]int
	Agreements       int
	StatementsBroken int // broken public statements of AI seats
	Dilemmas         int // dilemmas put to AI seats
	DilemmaDefaults  int // of those, answered with the default
	// Refused counts orders of trivial seats that the engine refused and
	// the runner dropped; anything but 0 is a bug in package strategy.
	// RefusedAI counts the same for AI seats (a bug in package ai): the
	// runner drops them rather than lose the game, and reports them.
	Refused, RefusedAI int
	// VagueOffers counts offers made in play (not the opening ones) with a
	// loosely worded term.
	VagueOffers int
	// Refusal says the first refused order's seed, arm, turn and error.
	Refusal string
}

// TermCounts tallies the fate of agreed terms.
type TermCounts struct {
	Total, CarriedOut, Reneged, Expired, Failed, Released, Pending int
	// Reverted counts carried-out terms whose issue ended the game off the
	// agreed option although no one reneged on them; Disputed, carried-out
	// vague terms whose fulfilment was disputed.
	Reverted, Disputed int
}

// Options of one run of the lab or of simulate.
type Options struct {
	Runs    int
	Seed    uint64
	Workers int
	// Progress, if not nil, hears after every game how many of all the
	// arms' games are done; it is called from the workers.
	Progress func(done, total int)
	// Keep, if not nil, receives every finished game (from the workers,
	// possibly at once), for example to save one.
	Keep func(arm, i int, g *game.Game, orders []map[string][]game.Order)
}

// Run plays Runs games of every arm over the workers and returns the
// results as [arm][game], in seed order.
func Run(sc *game.Scenario, arms []Arm, o Options) ([][]Result, error) {
	if o.Runs < 1 {
		return nil, errors.New("the lab needs at least one game per arm")
	}
	scens := make([]*game.Scenario, len(arms))
	out := make([][]Result, len(arms))
	for k, arm := range arms {
		if len(arm.Seats) != len(sc.Actors) {
			return nil, fmt.Errorf("arm %s has %d seats for %d actors", arm.Name, len(arm.Seats), len(sc.Actors))
		}
		scens[k] = sc
		if arm.Rules != nil {
			c := *sc // one copy per arm, shared by its games (read only)
			arm.Rules(&c.Rules)
			scens[k] = &c
		}
		out[k] = make([]Result, o.Runs)
	}
	total := len(arms) * o.Runs
	errs := make([]error, total)
	var next, done atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < max(1, min(o.Workers, total)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var kit kit // this worker's players, views and game, renewed game after game
			for {
				job := int(next.Add(1) - 1)
				if job >= total {
					return
				}
				k, i := job/o.Runs, job%o.Runs
				out[k][i], errs[job] = kit.play(scens[k], arms[k], o.Seed+uint64(i), func(g *game.Game, orders []map[string][]game.Order) {
					if o.Keep != nil {
						o.Keep(k, i, g, orders)
					}
				}, o.Keep != nil)
				if o.Progress != nil {
					o.Progress(int(done.Add(1)), total)
				}
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
}

// kit is what one worker keeps from game to game: each player it has made
// (by strategy and actor), a view per seat and the game, renewed, refilled
// and restarted rather than made afresh, so that a run allocates them once
// per worker. A renewed player plays as a new one (ai.Seat.Renew), and a
// restarted game as a new one (game.Game.Restart), so results do not
// depend on which worker played which game.
type kit struct {
	players map[[2]string]strategy.Player
	views   []game.View
	game    *game.Game
}

// play plays one game of an arm to its end.
func (kt *kit) play(sc *game.Scenario, arm Arm, seed uint64, keep func(*game.Game, []map[string][]game.Order), record bool) (Result, error) {
	setup := game.Setup{Seed: seed, Historical: arm.Historical}
	g, err := kt.game, error(nil)
	if record || g == nil {
		g, err = game.New(sc, setup) // a kept game must stay as it ended
	} else {
		err = g.Restart(sc, setup)
	}
	if err != nil {
		return Result{}, err
	}
	if !record {
		kt.game = g
	}
	if kt.players == nil {
		kt.players = map[[2]string]strategy.Player{}
	}
	players := make([]strategy.Player, len(sc.Actors))
	isAI := make([]bool, len(sc.Actors))
	for a, ad := range sc.Actors {
		key := [2]string{arm.Seats[a], ad.ID}
		if p, ok := kt.players[key]; ok {
			strategy.Renew(p, sc, seed)
			players[a] = p
		} else if players[a], err = strategy.New(arm.Seats[a], ad.ID, sc, seed); err != nil {
			return Result{}, err
		} else {
			kt.players[key] = players[a]
		}
		isAI[a] = strategy.IsAI(arm.Seats[a])
	}
	strategy.Share(players)
	res := Result{Seed: seed}
	kt.views = resizeViews(kt.views, len(players))
	views := kt.views // refilled each turn, not rebuilt
	var log []map[string][]game.Order
	for guard := 0; !g.Over; guard++ {
		if guard > 2*g.TurnsTotal()+1 { // a turn may pause once for a summit session
			return res, fmt.Errorf("seed %d: the game did not end after %d turns", seed, guard)
		}
		orders := make(map[string][]game.Order, len(players))
		for a, p := range players {
			if arm.Seats[a] == "passive" {
				continue // no view needed to do nothing
			}
			v := &views[a]
			if err := g.ViewInto(v, p.Actor()); err != nil {
				return res, err
			}
			// At a summit session only answers to the offers made there
			// count; the rest of a seat's orders are set aside, not refused.
			list, dropped, why := legal(g, p.Actor(), g.SummitOrders(p.Actor(), p.Decide(v)))
			if why != "" && res.Refusal == "" {
				res.Refusal = fmt.Sprintf("seed %d, %s, turn %d: %s", seed, arm.Name, g.Turn, why)
			}
			if isAI[a] {
				res.RefusedAI += dropped
			} else {
				res.Refused += dropped
			}
			if len(list) > 0 {
				orders[p.Actor()] = list
			}
		}
		if err := g.Resolve(orders); err != nil {
			return res, fmt.Errorf("seed %d, arm %s, turn %d: %w", seed, arm.Name, g.Turn, err)
		}
		if record {
			log = append(log, orders)
		}
		res.Trail = append(res.Trail, append([]int(nil), g.Options...))
	}
	collect(g, isAI, &res)
	if keep != nil {
		keep(g, log)
	}
	return res, nil
}

// legal drops the orders the engine would refuse, one at a time, so that a
// seat never loses its whole turn (nor the lab its run) to one bad order.
// The first refusal's words are returned for the report.
func legal(g *game.Game, actor string, list []game.Order) ([]game.Order, int, string) {
	dropped, first := 0, ""
	for len(list) > 0 {
		err := g.Check(actor, list)
		if err == nil {
			break
		}
		if first == "" {
			first = err.Error()
		}
		var oe *game.OrderError
		if !errors.As(err, &oe) || oe.Index < 0 || oe.Index >= len(list) {
			return nil, dropped + len(list), first
		}
		list = append(list[:oe.Index:oe.Index], list[oe.Index+1:]...)
		dropped++
	}
	return list, dropped, first
}

// collect reads the finished game into its result.
func collect(g *game.Game, isAI []bool, r *Result) {
	r.Turns = g.Turn
	r.Options = append([]int(nil), g.Options...)
	r.Scores = g.Scores()
	r.Types = append([]int(nil), g.Types...)
	r.Agreements = len(g.Agreements)
	for _, ag := range g.Agreements {
		for _, t := range ag.Terms {
			tc := &r.Terms
			tc.Total++
			switch t.Status {
			case game.TermFulfilled:
				tc.CarriedOut++
				// A term set free (a partner broke the bundle first) may move.
				if i := g.IssueIndex(t.Issue); i >= 0 && !t.Free && !g.Scen.Keeps(t.Term, g.Options[i]) {
					tc.Reverted++
				}
				if t.Disputed {
					tc.Disputed++
				}
			case game.TermReneged:
				tc.Reneged++
			case game.TermExpired:
				tc.Expired++
			case game.TermFailed:
				tc.Failed++
			case game.TermReleased:
				tc.Released++
			default:
				tc.Pending++
			}
		}
	}
	for _, off := range g.Offers {
		if off.Sent > 0 && slices.ContainsFunc(off.Terms, func(t game.Term) bool { return t.Vague }) {
			r.VagueOffers++
		}
		a := g.ActorIndex(off.From)
		if off.Sent == 0 || a < 0 || !isAI[a] || !tiesTwo(off.Terms) {
			continue
		}
		switch off.Linkage {
		case game.LinkImplicit:
			r.Linkage[1]++
		case game.LinkExplicit:
			r.Linkage[2]++
		default:
			r.Linkage[0]++
		}
	}
	for _, st := range g.Statements {
		if a := g.ActorIndex(st.Actor); st.Broken && a >= 0 && isAI[a] {
			r.StatementsBroken++
		}
	}
	for _, d := range g.Dilemmas {
		a := g.ActorIndex(d.Actor)
		if a < 0 || !isAI[a] || d.Choice == "" {
			continue
		}
		r.Dilemmas++
		if d.Choice == g.Scen.Events[d.Event].Dilemma.Default {
			r.DilemmaDefaults++
		}
	}
}

// tiesTwo reports whether the terms bind at least two actors.
func tiesTwo(ts []game.Term) bool {
	for _, t := range ts[min(1, len(ts)):] {
		if t.Actor != ts[0].Actor {
			return true
		}
	}
	return false
}

// resizeViews returns vs with n views, keeping those it holds (ViewInto
// overwrites everything a view held).
func resizeViews(vs []game.View, n int) []game.View {
	if cap(vs) >= n {
		return vs[:n]
	}
	return append(vs[:cap(vs)], make([]game.View, n-cap(vs))...)
}
