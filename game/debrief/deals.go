package debrief

import (
	"fmt"
	"math"
	"slices"

	"backchannel/game"
)

// Defaults of the deal search (see the package doc).
const (
	DefaultMaxEnumerate = 200_000
	DefaultSamples      = 3000
	DefaultMaxFrontier  = 25
)

// eps is the smallest utility difference that counts: less is rounding.
const eps = 1e-9

// Deal is one option for every issue and what each actor's true type
// makes of it.
type Deal struct {
	Options []string  `json:"options"` // option ids, in scenario issue order
	Utility []float64 `json:"utility"` // per actor, in scenario order
	// NashProduct is the product of the gains over the status quo of the
	// actors who can gain; zero when any of them does not gain or anyone
	// loses.
	NashProduct float64 `json:"nash_product"`
}

// Deals compares the final state with the deals that were possible.
type Deals struct {
	// Exact is true when every combination of options was evaluated.
	Exact        bool    `json:"exact"`
	Method       string  `json:"method"`
	Combinations float64 `json:"combinations"` // product of the option counts
	Evaluated    int     `json:"evaluated"`
	// FrontierSize counts the Pareto-optimal deals (deals that give every
	// actor the same utilities counted once); Frontier shows the best of
	// them by Nash product, at most Options.MaxFrontier.
	FrontierSize int    `json:"frontier_size"`
	Frontier     []Deal `json:"frontier"`
	StatusQuo    Deal   `json:"status_quo"`
	Final        Deal   `json:"final"`
	History      Deal   `json:"history"`
	Nash         Deal   `json:"nash"`
	NashMethod   string `json:"nash_method"`
	// Gainers are the actors whose gains make up the Nash product.
	Gainers []string `json:"gainers"`
	// FinalOnFrontier is true when no deal makes an actor better off
	// without making another worse off than the final state.
	FinalOnFrontier bool `json:"final_on_frontier"`
	// FrontierDistance is the Euclidean distance, in utility points, from
	// the final state to the nearest frontier deal; NashDistance to the
	// Nash point.
	FrontierDistance float64 `json:"frontier_distance"`
	NashDistance     float64 `json:"nash_distance"`
	// NashShare is the final state's Nash product as a share of the Nash
	// point's, 0-1 (1 when the Nash point has product 0).
	NashShare float64 `json:"nash_share"`
	// Improvement is the frontier deal that leaves everyone at least as well
	// off as the final state with the largest smallest gain; nil when the
	// final state is on the frontier.
	Improvement *Deal `json:"improvement,omitempty"`
}

// pool is the set of deals the search evaluated: deal k's utilities are
// us[k*na:(k+1)*na].
type pool struct {
	na    int
	us    []float64
	deal  func(k int) []int
	count int
}

func (p *pool) u(k int) []float64 { return p.us[k*p.na : (k+1)*p.na] }

// analyseDeals runs the deal search and compares the final state with it.
func analyseDeals(g *game.Game, opt Options) Deals {
	ev := newEvaluator(g.Scen, g.Types)
	total := 1.0
	for _, c := range ev.counts {
		total *= float64(c)
	}
	sq, fin, hist := g.StartOptions(), slices.Clone(g.Options), g.HistoricalOptions()
	var p *pool
	d := Deals{Combinations: total}
	if total <= float64(opt.MaxEnumerate) {
		p = enumerate(ev, int(total))
		d.Exact, d.Method = true, fmt.Sprintf("all %d combinations of options evaluated", p.count)
	} else {
		p = search(ev, opt.Samples, [][]int{sq, fin, hist})
		d.Method = fmt.Sprintf("heuristic: %.3g combinations are too many to evaluate; %d random deals, each improved by "+
			"coordinate ascent on a random weighting of the actors' utilities, then the neighbours of the frontier "+
			"(%d distinct deals seen)", total, opt.Samples, p.count)
	}
	d.Evaluated = p.count
	base := ev.utilities(sq, nil)
	gainers, nashK, method := nashPoint(p, base)
	d.NashMethod = method
	for a := range gainers {
		if gainers[a] {
			d.Gainers = append(d.Gainers, g.Scen.Actors[a].ID)
		}
	}
	mk := func(deal []int, u []float64) Deal {
		return Deal{Options: optionIDs(g.Scen, deal), Utility: slices.Clone(u), NashProduct: nashProduct(u, base, gainers)}
	}
	d.StatusQuo, d.Final, d.History = mk(sq, base), mk(fin, ev.utilities(fin, nil)), mk(hist, ev.utilities(hist, nil))
	d.Nash = mk(p.deal(nashK), p.u(nashK))
	front := frontier(p)
	d.FrontierSize = len(front)
	d.FrontierDistance = math.Inf(1)
	bestGain := math.Inf(-1)
	for _, k := range front {
		u := p.u(k)
		d.FrontierDistance = min(d.FrontierDistance, distance(u, d.Final.Utility))
		if dominates(u, d.Final.Utility) {
			if gain := minGain(u, d.Final.Utility); gain > bestGain {
				bestGain = gain
				imp := mk(p.deal(k), u)
				d.Improvement = &imp
			}
		}
	}
	d.FinalOnFrontier = d.Improvement == nil
	if d.FinalOnFrontier {
		d.FrontierDistance = 0
	}
	d.NashDistance = distance(d.Final.Utility, d.Nash.Utility)
	d.NashShare = 1
	if d.Nash.NashProduct > 0 {
		d.NashShare = d.Final.NashProduct / d.Nash.NashProduct
	}
	slices.SortStableFunc(front, func(a, b int) int {
		pa, pb := nashProduct(p.u(a), base, gainers), nashProduct(p.u(b), base, gainers)
		if pa != pb {
			return cmpDesc(pa, pb)
		}
		return cmpDesc(sum(p.u(a)), sum(p.u(b)))
	})
	for _, k := range front[:min(len(front), opt.MaxFrontier)] {
		d.Frontier = append(d.Frontier, mk(p.deal(k), p.u(k)))
	}
	return d
}

func optionIDs(s *game.Scenario, deal []int) []string {
	out := make([]string, len(deal))
	for i, j := range deal {
		out[i] = s.Issues[i].Options[j].ID
	}
	return out
}
