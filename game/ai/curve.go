package ai

import (
	"math"

	"backchannel/game"
	"backchannel/game/fmath"
)

// minGain is the least improvement on what it holds that a deal must bring:
// a seat never signs up to a loss.
const minGain = 0.5

// stance is where a seat stands toward a set of parties: what it holds out
// for now (asp), between the best it could hope for (top) and the least it
// can take (floor).
type stance struct {
	floor, top, asp float64
	embarrassed     int // the party whose slight raises asp, or -1
}

// aspiration is what the seat holds out for in a deal among the parties.
// It starts at the best deal those parties could give, concedes along the
// profile's curve toward the floor (its reservation, which already carries
// domestic pressure, or what it already has if that is more), and is
// pushed back up toward the top by embarrassment from any of them.
func (c *ctx) aspiration(parties uint64) stance {
	parties |= bit(c.me)
	if s, ok := c.asps[parties]; ok {
		return s
	}
	s := c.aspirationOf(parties)
	c.asps[parties] = s
	return s
}

func (c *ctx) aspirationOf(parties uint64) stance {
	s := stance{embarrassed: -1}
	// The engine's floor toward each party: the reservation, raised by any
	// grievance the seat still bears that party for embarrassing it.
	s.floor = max(c.v.Reservation, clampU(c.u0)+minGain)
	for b := range c.m.sc.Actors {
		if b != c.me && parties&bit(b) != 0 {
			s.floor = max(s.floor, c.v.ReservationFor(b))
		}
	}
	s.top = max(s.floor, c.top(c.me, c.v.Type, parties))
	conc := 0.0
	if c.prof.Curve == "tit-for-tat" {
		// Mirror the most generous of the counterparts: concede as much,
		// in utility, as they have conceded in their offers to this seat.
		mirrored := 0.0
		for b := range c.m.sc.Actors {
			if b != c.me && parties&bit(b) != 0 {
				mirrored = max(mirrored, c.mirror(b))
			}
		}
		conc = 0.25 * c.tau
		if span := s.top - s.floor; span > 0 {
			conc += mirrored / span
		}
	} else {
		conc = c.conceded()
	}
	s.asp = s.top - (s.top-s.floor)*clamp01(conc)
	shame, turns := 0.0, float64(max(c.v.Rules.EmbarrassTurns, 1))
	for b, n := range c.v.Embarrassed {
		if b != c.me && parties&bit(b) != 0 && n > 0 {
			if e := clamp01(float64(n) / turns); e > shame {
				shame, s.embarrassed = e, b
			}
		}
	}
	if shame > 0 {
		s.asp += (s.top - s.asp) * (0.25 + 0.75*clamp01(c.prof.FaceSensitivity)) * shame
	}
	return s
}

// conceded is curve for the seat's profile now, worked out once a
// decision: every set of parties the seat weighs asks for it.
func (c *ctx) conceded() float64 {
	if !c.concOK || c.concTau != c.tau {
		c.conc, c.concTau, c.concOK = curve(c.prof, c.tau), c.tau, true
	}
	return c.conc
}

// curve is the share of the way from top to floor a profile has conceded
// when share tau of the calendar is gone: tau**exponent, so an exponent
// above 1 (Boulware) holds firm until late and one below 1 gives early.
func curve(p game.Profile, tau float64) float64 {
	e := p.Exponent
	if e <= 0 {
		switch p.Curve {
		case "boulware":
			e = 3
		case "conceder":
			e = 0.4
		default:
			e = 1
		}
	}
	if tau <= 0 {
		return 0
	}
	return fmath.Pow(tau, e)
}

// mirror is how much actor b has conceded to this seat: the sum of the
// improvements, in the seat's own utility, from each of b's offers to it
// to the next. Tit-for-tat concedes as much in return.
func (c *ctx) mirror(b int) float64 {
	me := c.v.Actor
	sum, last, seen := 0.0, 0.0, false
	j := c.self()
	j.careful = false
	for n := range c.v.Offers {
		o := &c.v.Offers[n]
		if o.From != c.m.sc.Actors[b].ID || !containsStr(o.To, me) {
			continue
		}
		p := c.fromOffer(o)
		u := c.evaluate(&j, &p).full
		if seen && u > last {
			sum += u - last
		}
		last, seen = u, true
	}
	return sum
}

// judges are the seat's model of actor b's possible types, each with the
// weight it gives that type and the threshold it expects that type to
// hold out for in a deal among the parties. An easy seat uses the public
// priors and takes each type at its bare reservation; a normal seat uses
// its beliefs and b's trust in it, and assumes a steady linear concession;
// a hard seat also reads b's public profile and risk attitude.
func (c *ctx) judges(b int, parties uint64) ([]judge, []float64) {
	key := parties<<6 | uint64(b)
	if js, ok := c.judged[key]; ok {
		return js.js, js.thr
	}
	js, thr := c.judgesOf(b, parties)
	c.judged[key] = judgeSet{js, thr}
	return js, thr
}

// judgeSet is a cached model of one counterpart among some parties.
type judgeSet struct {
	js  []judge
	thr []float64
}

func (c *ctx) judgesOf(b int, parties uint64) ([]judge, []float64) {
	w := c.beliefs(b)
	js := make([]judge, 0, len(w))
	thr := make([]float64, 0, len(w))
	prof := c.m.sc.Actors[b].AI
	for k := range w {
		if w[k] <= 0 {
			continue
		}
		t := &c.m.types[b][k]
		j := judge{a: b, k: k, t: t, u0: c.rawNow(b, k), trustMe: 50, gamma: 1, careful: c.d > Easy, weight: w[k]}
		floor := max(c.reservation(b, k), clampU(j.u0)+minGain)
		if b < len(c.v.ResentedBy) {
			// b asks more of the seat while it resents an embarrassment.
			floor = max(floor, clampU(c.reservation(b, k)+game.GrievanceWeight*c.v.ResentedBy[b]))
		}
		h := floor
		if c.d > Easy {
			top := max(floor, c.top(b, k, parties|bit(b)))
			conc := c.tau
			// b's trust in the seat is in the log the seat has read.
			j.trustMe = c.trustIn[b]
			if c.d == Hard {
				j.gamma = gammaOf(prof.Risk)
				if prof.Curve != "tit-for-tat" {
					conc = curve(prof, c.tau)
				}
			}
			h = top - (top-floor)*clamp01(conc)
		}
		js = append(js, j)
		thr = append(thr, h)
	}
	return js, thr
}

// softness is how sharply the seat expects a counterpart to switch from
// no to yes around its threshold: the better it models, the sharper.
func (c *ctx) softness() float64 {
	switch c.d {
	case Easy:
		return 2.5
	case Hard:
		return 1
	}
	return 1.5
}

// yes is the seat's curve for how a counterpart's answer turns from no to
// yes as an offer passes its threshold: logistic in shape, but made of a
// square root, which every platform rounds alike and costs far less than
// an exponential in the search's innermost loop.
func yes(x float64) float64 { return 0.5 + 0.5*x/math.Sqrt(1+x*x) }

// pAccept is the chance, averaged over the seat's beliefs, that actor b
// accepts the package, whose exposure is expose.
func (c *ctx) pAccept(b int, p *pkg, expose float64) float64 {
	js, thr := c.judges(b, p.parties)
	sum, wsum, crossing := 0.0, 0.0, 0.0
	s := c.softness()
	for n := range js {
		j := &js[n]
		wsum += j.weight
		w := c.evaluateExposed(j, p, expose)
		if w.crosses {
			crossing += j.weight
			continue
		}
		sum += j.weight * yes((w.eu-thr[n])/s)
	}
	if wsum <= 0 {
		return 0
	}
	// A partner that takes whatever it is offered says yes to anything
	// but a red line; the seat's model of its types covers the rest.
	// Until it has shown itself one, a one-sided request counts on that
	// only if it asks a single thing: a probe, which should not crowd out
	// the trades the seat would otherwise send.
	push := c.pushover(b)
	if push < 0.5 && ((len(p.terms) > 1 && !c.concedes(p)) || c.answering) {
		push = 0
	}
	return push*(1-crossing/wsum) + (1-push)*sum/wsum
}
