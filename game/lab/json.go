package lab

import (
	"bytes"
	"encoding/json"
	"strconv"

	"backchannel/game"
	"backchannel/game/strategy"
)

// Object is a JSON object whose keys keep the order they were added in
// (encoding/json would sort a map's keys), so that output follows the
// scenario's order.
type Object []Pair

// Pair is one key of an Object.
type Pair struct {
	Key   string
	Value any
}

// MarshalJSON writes the pairs in order.
func (o Object) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for n, kv := range o {
		if n > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Quote(kv.Key))
		b.WriteByte(':')
		v, err := json.Marshal(kv.Value)
		if err != nil {
			return nil, err
		}
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// JSON is the report as the object of `backchannel lab -json`:
//
//	{scenario, runs, seed, seconds,
//	 seats: {ACTOR: {STRATEGY: {mean, ci95, beat_status_quo, beat_passive_world}}},
//	 ablations: {NAME: {issues: {ISSUE: {OPTION: share}}, scores: {ACTOR: mean}}},
//	 type_predictability: {ACTOR: {ISSUE: share}},
//	 agreements: {carried_out, reneged, reverted_without_renege, disputed, expired},
//	 decided: {ISSUE: {"5": share, "10": share, "20": share}},
//	 linkage: {none, implicit, explicit}, statements_broken_share, dilemma_default_share,
//	 findings: [{text, figure}]}
//
// followed by baseline (the all-AI worlds at each difficulty, historical
// mode and the all-passive world, shaped like ablations) and
// joint_outcomes.
func (r *Report) JSON() Object {
	sc := r.Scen
	seats := Object{}
	for a, ad := range sc.Actors {
		row := Object{}
		for s, name := range strategy.Names() {
			st := r.Seats[a][s]
			if !st.Played {
				continue
			}
			row = append(row, Pair{name, Object{{"mean", round2(st.Mean)}, {"ci95", round2(st.CI95)},
				{"beat_status_quo", round4(st.BeatStatusQuo.P)}, {"beat_passive_world", round4(st.BeatPassiveWorld.P)}}})
		}
		seats = append(seats, Pair{ad.ID, row})
	}
	worlds := func(ws []World) Object {
		out := Object{}
		for _, w := range ws {
			out = append(out, Pair{w.Name, r.worldJSON(w)})
		}
		return out
	}
	tp := Object{}
	for a, ad := range sc.Actors {
		row := Object{}
		for k, i := range r.Headline {
			row = append(row, Pair{sc.Issues[i].ID, round4(r.TypePredict[a][k])})
		}
		tp = append(tp, Pair{ad.ID, row})
	}
	dec := Object{}
	for k, i := range r.Headline {
		row := Object{}
		for n, t := range DecidedTurns() {
			row = append(row, Pair{strconv.Itoa(t), round4(r.Decided[k][n])})
		}
		dec = append(dec, Pair{sc.Issues[i].ID, row})
	}
	ag := r.Agreements
	findings := r.Findings
	if findings == nil {
		findings = []Finding{}
	}
	return Object{
		{"scenario", sc.ID}, {"runs", r.Runs}, {"seed", r.Seed}, {"seconds", r.Seconds}, {"partial", r.Partial},
		{"seats", seats},
		{"ablations", worlds(r.Ablations)},
		{"type_predictability", tp},
		{"agreements", Object{{"carried_out", round4(ag.CarriedOut)}, {"reneged", round4(ag.Reneged)},
			{"reverted_without_renege", round4(ag.Reverted)}, {"disputed", round4(ag.Disputed)}, {"expired", round4(ag.Expired)},
			{"released", round4(ag.Released)}, {"failed", round4(ag.Failed)}}},
		{"decided", dec},
		{"linkage", Object{{"none", round4(r.Linkage[0])}, {"implicit", round4(r.Linkage[1])}, {"explicit", round4(r.Linkage[2])}}},
		{"statements_broken_share", round4(r.StatementsBrokenShare)},
		{"dilemma_default_share", round4(r.DilemmaDefaultShare)},
		{"findings", findings},
		{"baseline", worlds(r.Baseline)},
		{"joint_outcomes", Object{{"all", JointJSON(sc, r.Joint)}, {"headline", JointJSON(sc, r.JointHeadline)}}},
	}
}

// worldJSON is {issues: {ISSUE: {OPTION: share}}, scores: {ACTOR: mean}}
// over the headline issues.
func (r *Report) worldJSON(w World) Object {
	sc := r.Scen
	issues := Object{}
	for _, i := range r.Headline {
		row := Object{}
		for j, op := range sc.Issues[i].Options {
			row = append(row, Pair{op.ID, round4(w.Issues[i][j])})
		}
		issues = append(issues, Pair{sc.Issues[i].ID, row})
	}
	scores := Object{}
	for a, ad := range sc.Actors {
		scores = append(scores, Pair{ad.ID, round2(w.Scores[a].Mean)})
	}
	return Object{{"issues", issues}, {"scores", scores}}
}

// optionName names option j of issue i.
func optionName(sc *game.Scenario, i, j int) string { return sc.Issues[i].Options[j].Name }
