//go:build !js

package server

import (
	"bytes"
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"backchannel/game"
	"backchannel/game/class"
	"backchannel/game/debrief"
	"backchannel/game/save"
	"backchannel/game/scenario"
	"backchannel/server/store"
)

// Limits on what the instructor's requests may carry.
const (
	maxBody   = 64 << 10
	maxUpload = scenario.MaxFileSize + maxBody // a scenario file and its settings
)

func (s *Server) routes() {
	m := http.NewServeMux()
	m.HandleFunc("GET /{$}", s.page("join.html"))
	m.HandleFunc("GET /s/{token}", s.page("seat.html"))
	m.HandleFunc("GET /console", s.page("console.html"))
	m.HandleFunc("GET /static/{file}", s.static)
	m.HandleFunc("GET /qr/{text}", s.qr)
	m.HandleFunc("GET /ws", s.seatSocket)
	m.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok\n") })

	m.HandleFunc("GET /api/join/{code}", s.join)
	m.HandleFunc("GET /api/seat/report", s.seatReport)
	// The seat's page offers the board when this server serves the
	// browser build; asking saves the page a 404.
	m.HandleFunc("GET /api/board", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, map[string]bool{"served": s.opt.Web != nil})
	})

	m.HandleFunc("GET /api/scenarios", s.admin(s.scenarios))
	m.HandleFunc("GET /api/sessions", s.admin(s.list))
	m.HandleFunc("POST /api/sessions", s.admin(s.create))
	m.HandleFunc("POST /api/roster", s.admin(s.roster))
	m.HandleFunc("GET /api/sessions/{id}", s.instructor(s.overview))
	m.HandleFunc("GET /api/sessions/{id}/seats/{actor}", s.instructor(s.seatDetail))
	m.HandleFunc("POST /api/sessions/{id}/{action}", s.instructor(s.control))
	m.HandleFunc("GET /api/sessions/{id}/save", s.instructor(s.download))
	m.HandleFunc("GET /api/sessions/{id}/report", s.instructor(s.report))
	m.HandleFunc("GET /api/sessions/{id}/report/{actor}", s.instructor(s.report))
	m.HandleFunc("GET /api/sessions/{id}/activity.csv", s.instructor(s.activity))
	if s.opt.Web != nil {
		m.Handle("/play/", http.StripPrefix("/play", s.opt.Web))
	}
	s.mux = m
}

// ---- answers ----------------------------------------------------------------

func httpError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

func writeJSON(w http.ResponseWriter, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		httpError(w, http.StatusInternalServerError, err.Error())
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.Write(b)
}

// statusOf maps an error to an HTTP status.
func statusOf(err error) int {
	switch {
	case errors.Is(err, store.ErrNotFound), errors.Is(err, class.ErrNoSeat):
		return http.StatusNotFound
	case errors.Is(err, class.ErrExpired), errors.Is(err, class.ErrOver), errors.Is(err, errDeleted):
		return http.StatusGone
	case errors.Is(err, class.ErrFull), errors.Is(err, errBusy):
		return http.StatusConflict
	}
	return http.StatusBadRequest
}

func readJSON(w http.ResponseWriter, r *http.Request, limit int64, v any) bool {
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, limit))
	if err := dec.Decode(v); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			httpError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("the request is larger than %d KB", limit>>10))
		} else {
			httpError(w, http.StatusBadRequest, "the request is not valid JSON: "+err.Error())
		}
		return false
	}
	return true
}

// ---- who may ask ------------------------------------------------------------

// key is the instructor's key, from the Authorization header (Bearer
// KEY) only: a key in a URL would stay in browsers' histories and in the
// logs of every proxy on the way. The console fetches its downloads with
// the header too.
func key(r *http.Request) string {
	k, _ := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	return k
}

func same(a, b string) bool { return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1 }

// admin lets through the host's key only.
func (s *Server) admin(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ip := s.clientIP(r)
		if !s.limit.has("bad:"+ip, badRate, badBurst) {
			httpError(w, http.StatusTooManyRequests, "too many wrong keys from your address: wait a minute")
			return
		}
		if !same(key(r), s.adminKey) {
			s.limit.allow("bad:"+ip, badRate, badBurst)
			httpError(w, http.StatusUnauthorized, "this console link has no valid instructor key")
			return
		}
		h(w, r)
	}
}

// instructor lets through the host's key or the session's own
// instructor key, and loads the session.
func (s *Server) instructor(h func(w http.ResponseWriter, r *http.Request, l *live)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ip := s.clientIP(r)
		if !s.limit.has("bad:"+ip, badRate, badBurst) {
			httpError(w, http.StatusTooManyRequests, "too many wrong keys from your address: wait a minute")
			return
		}
		id, k := r.PathValue("id"), key(r)
		ok := same(k, s.adminKey)
		if !ok && k != "" {
			t, err := s.st.Lookup(r.Context(), k)
			ok = err == nil && t.Actor == "" && t.Session == id
		}
		if !ok {
			s.limit.allow("bad:"+ip, badRate, badBurst)
			httpError(w, http.StatusUnauthorized, "this console link has no valid instructor key for the session")
			return
		}
		l, err := s.session(r.Context(), id)
		if err != nil {
			httpError(w, statusOf(err), "no such session")
			return
		}
		h(w, r, l)
	}
}

// ---- sessions ---------------------------------------------------------------

// CreateRequest asks for a new session.
type CreateRequest struct {
	Name string `json:"name"`
	// Scenario is a built-in scenario's name; Source an uploaded file's text.
	Scenario    string             `json:"scenario,omitempty"`
	Source      string             `json:"source,omitempty"`
	Seed        uint64             `json:"seed"`
	Difficulty  string             `json:"difficulty,omitempty"`
	Historical  bool               `json:"historical,omitempty"`
	Seats       []class.SeatConfig `json:"seats"`
	TurnSeconds int64              `json:"turn_seconds,omitempty"`
	Policy      class.Policy       `json:"policy,omitempty"`
	ExpireDays  int                `json:"expire_days,omitempty"`
}

// Created describes a new session: its id, join code and keys.
type Created struct {
	ID         string            `json:"id"`
	Code       string            `json:"code"`
	Name       string            `json:"name"`
	Instructor string            `json:"instructor"`
	Seats      map[string]string `json:"seats"` // actor -> seat token
}

// scenarioOf loads a request's scenario, validated with the same limits
// as `backchannel validate`, and what to store for it.
func (s *Server) scenarioOf(name, source string) (*game.Scenario, []byte, error) {
	if source != "" {
		sc, diags, err := scenario.Parse("scenario.toml", []byte(source))
		if err != nil {
			return nil, nil, fmt.Errorf("the scenario file has problems:\n%s", diags.String())
		}
		return sc, []byte(source), nil
	}
	src := []byte(builtinPrefix + name)
	sc, err := s.scens.open(src)
	if err != nil {
		return nil, nil, fmt.Errorf("no built-in scenario %q (there are %s)", name, strings.Join(scenario.BuiltinNames(), ", "))
	}
	return sc, src, nil
}

func (req *CreateRequest) config(sc *game.Scenario, now time.Time) (class.Config, error) {
	cfg := class.Config{Name: req.Name, Seed: req.Seed, Difficulty: req.Difficulty, Historical: req.Historical,
		Seats: req.Seats, TurnTime: time.Duration(req.TurnSeconds) * time.Second, Policy: req.Policy, Created: now}
	if req.ExpireDays < 0 || req.ExpireDays > 3660 {
		return cfg, fmt.Errorf("%w: a session may stay open up to ten years", class.ErrConfig)
	}
	cfg.Expires = now.Add(class.DefaultExpiry)
	if req.ExpireDays > 0 {
		cfg.Expires = now.Add(time.Duration(req.ExpireDays) * 24 * time.Hour)
	}
	return cfg, cfg.Check(sc)
}

// newSession stores a session and its tokens.
func (s *Server) newSession(ctx context.Context, set settings, src []byte) (Created, error) {
	b, err := json.Marshal(set)
	if err != nil {
		return Created{}, err
	}
	for range 5 { // a new code on the rare clash
		cr := Created{ID: newToken()[:12], Code: newCode(), Name: set.Class.Name, Instructor: newToken(), Seats: map[string]string{}}
		toks := []store.Token{{Token: cr.Instructor}}
		for _, st := range set.Class.Seats {
			if st.Human {
				t := newToken()
				cr.Seats[st.Actor] = t
				toks = append(toks, store.Token{Token: t, Actor: st.Actor})
			}
		}
		err = s.st.Create(ctx, store.Session{ID: cr.ID, Code: cr.Code, Name: set.Class.Name, Created: set.Class.Created,
			Config: b, Scenario: src}, toks)
		if err == nil {
			s.opt.Log.Printf("session %s (%s) created", cr.ID, cr.Name)
			return cr, nil
		}
		if !errors.Is(err, store.ErrConflict) {
			return cr, err
		}
	}
	return Created{}, err
}

func (s *Server) create(w http.ResponseWriter, r *http.Request) {
	var req CreateRequest
	if !readJSON(w, r, maxUpload, &req) {
		return
	}
	sc, src, err := s.scenarioOf(req.Scenario, req.Source)
	if err != nil {
		httpError(w, http.StatusBadRequest, err.Error())
		return
	}
	cfg, err := req.config(sc, s.opt.Now())
	if err != nil {
		httpError(w, http.StatusBadRequest, err.Error())
		return
	}
	cr, err := s.newSession(r.Context(), settings{Class: cfg}, src)
	if err != nil {
		httpError(w, http.StatusInternalServerError, err.Error())
		return
	}
	writeJSON(w, cr)
}

// RosterRequest splits a roster into sessions of the same settings.
type RosterRequest struct {
	CreateRequest
	Roster   string `json:"roster"`
	Sessions int    `json:"sessions"`
}

func (s *Server) roster(w http.ResponseWriter, r *http.Request) {
	var req RosterRequest
	if !readJSON(w, r, maxUpload+1<<20, &req) {
		return
	}
	sc, src, err := s.scenarioOf(req.Scenario, req.Source)
	if err != nil {
		httpError(w, http.StatusBadRequest, err.Error())
		return
	}
	names, err := class.ReadRoster(strings.NewReader(req.Roster))
	if err != nil {
		httpError(w, http.StatusBadRequest, err.Error())
		return
	}
	cfg, err := req.config(sc, s.opt.Now())
	if err != nil {
		httpError(w, http.StatusBadRequest, err.Error())
		return
	}
	if req.Sessions > 100 {
		httpError(w, http.StatusBadRequest, "at most 100 sessions at once")
		return
	}
	as, err := class.Split(names, req.Sessions, cfg.Humans())
	if err != nil {
		httpError(w, http.StatusBadRequest, err.Error())
		return
	}
	type placed struct {
		class.Assignment
		SessionID string `json:"session_id"`
		Code      string `json:"code"`
		Token     string `json:"token"`
	}
	var out struct {
		Sessions []Created `json:"sessions"`
		Students []placed  `json:"students"`
	}
	for i := 0; i < req.Sessions; i++ {
		c := cfg
		c.Name = fmt.Sprintf("%s %d", cfg.Name, i+1)
		cr, err := s.newSession(r.Context(), settings{Class: c}, src)
		if err != nil {
			httpError(w, http.StatusInternalServerError, err.Error())
			return
		}
		out.Sessions = append(out.Sessions, cr)
	}
	for _, a := range as {
		cr := out.Sessions[a.Session]
		out.Students = append(out.Students, placed{Assignment: a, SessionID: cr.ID, Code: cr.Code, Token: cr.Seats[a.Actor]})
	}
	writeJSON(w, out)
}

func (s *Server) list(w http.ResponseWriter, r *http.Request) {
	ss, err := s.st.Sessions(r.Context())
	if err != nil {
		httpError(w, http.StatusInternalServerError, err.Error())
		return
	}
	type row struct {
		ID      string    `json:"id"`
		Code    string    `json:"code"`
		Name    string    `json:"name"`
		Created time.Time `json:"created"`
	}
	out := []row{}
	for _, x := range ss {
		out = append(out, row{x.ID, x.Code, x.Name, x.Created})
	}
	writeJSON(w, out)
}

func (s *Server) scenarios(w http.ResponseWriter, r *http.Request) {
	type actor struct {
		ID   string `json:"id"`
		Name string `json:"name"`
	}
	type scen struct {
		Name   string  `json:"name"`
		Title  string  `json:"title"`
		Actors []actor `json:"actors"`
	}
	out := []scen{}
	for _, n := range scenario.BuiltinNames() {
		sc, err := scenario.Builtin(n)
		if err != nil {
			continue
		}
		x := scen{Name: n, Title: sc.Title}
		for _, a := range sc.Actors {
			x.Actors = append(x.Actors, actor{a.ID, a.Name})
		}
		out = append(out, x)
	}
	writeJSON(w, out)
}

// overview is the console's picture of a session, with its links.
func (s *Server) overview(w http.ResponseWriter, r *http.Request, l *live) {
	toks, err := s.st.Tokens(r.Context(), l.id)
	if err != nil {
		httpError(w, http.StatusInternalServerError, err.Error())
		return
	}
	seats := map[string]string{}
	instr := ""
	for _, t := range toks {
		if t.Actor == "" {
			instr = t.Token
		} else {
			seats[t.Actor] = t.Token
		}
	}
	l.mu.Lock()
	err = l.syncLocked(r.Context())
	o := l.c.Overview()
	l.mu.Unlock()
	if err != nil {
		httpError(w, http.StatusInternalServerError, err.Error())
		return
	}
	writeJSON(w, map[string]any{"id": l.id, "code": l.meta.Code, "instructor": instr, "tokens": seats, "overview": o})
}

// seatDetail is everything about one seat: its full view with beliefs and
// type, its visible log and the AI's reasons.
func (s *Server) seatDetail(w http.ResponseWriter, r *http.Request, l *live) {
	actor := r.PathValue("actor")
	l.mu.Lock()
	defer l.mu.Unlock()
	v, err := l.c.Game.View(actor)
	if err != nil {
		httpError(w, http.StatusNotFound, "no such seat")
		return
	}
	ad := l.c.Scen.Actors[v.Me]
	v.Scenario, v.Log = nil, nil
	writeJSON(w, map[string]any{"actor": actor, "true_type": ad.Types[v.Type].Name, "view": v,
		"log": l.c.Game.VisibleLog(actor), "explanations": l.c.Explanations[actor]})
}

// ControlRequest carries an instructor's action's arguments.
type ControlRequest struct {
	Minutes  float64 `json:"minutes,omitempty"`  // extend
	Event    string  `json:"event,omitempty"`    // inject
	Headline string  `json:"headline,omitempty"` // inject
	Text     string  `json:"text,omitempty"`     // inject
	Turn     int     `json:"turn,omitempty"`     // fork: turns kept
}

func (s *Server) control(w http.ResponseWriter, r *http.Request, l *live) {
	var req ControlRequest
	if r.ContentLength != 0 && !readJSON(w, r, maxBody, &req) {
		return
	}
	var decide func(c *class.Class, now time.Time) (class.Event, error)
	switch r.PathValue("action") {
	case "pause":
		decide = func(c *class.Class, now time.Time) (class.Event, error) { return c.Pause(now), nil }
	case "resume":
		decide = func(c *class.Class, now time.Time) (class.Event, error) { return c.Resume(now), nil }
	case "resolve":
		decide = func(c *class.Class, now time.Time) (class.Event, error) { return c.Resolve("instructor", now) }
	case "extend":
		decide = func(c *class.Class, now time.Time) (class.Event, error) {
			return c.Extend(time.Duration(req.Minutes*float64(time.Minute)), now)
		}
	case "inject":
		decide = func(c *class.Class, now time.Time) (class.Event, error) {
			return c.Inject(game.Injection{Event: req.Event, Headline: req.Headline, Text: req.Text}, now)
		}
	case "fork":
		s.fork(w, r, l, req.Turn)
		return
	case "delete":
		s.remove(w, r, l)
		return
	default:
		httpError(w, http.StatusNotFound, "unknown action")
		return
	}
	ev, err := l.act(r.Context(), decide)
	if err != nil {
		httpError(w, statusOf(err), userError(err))
		return
	}
	writeJSON(w, map[string]int{"seq": ev.Seq})
}

// remove deletes a session and everything stored of it, for good (the
// console asks first). Its students' connections close; their links then
// open nothing.
func (s *Server) remove(w http.ResponseWriter, r *http.Request, l *live) {
	l.mu.Lock()
	l.deleted = true // no event of it is queued after the deletion
	l.mu.Unlock()
	if err := s.st.Delete(r.Context(), l.id); err != nil {
		httpError(w, http.StatusInternalServerError, "the session could not be deleted: "+err.Error())
		return
	}
	s.drop(l)
	s.opt.Log.Printf("session %s (%s): deleted by the instructor", l.id, l.meta.Name)
	writeJSON(w, map[string]bool{"deleted": true})
}

// fork starts a new session from the first n turns of this one, with the
// same seats, and new links.
func (s *Server) fork(w http.ResponseWriter, r *http.Request, l *live, n int) {
	l.mu.Lock()
	rec, cfg := l.c.Record.Clone(), l.c.Cfg
	l.mu.Unlock()
	if n < 0 || n > len(rec.Turns) {
		httpError(w, http.StatusBadRequest, fmt.Sprintf("fork after turn 0 to %d", len(rec.Turns)))
		return
	}
	rec.Turns = rec.Turns[:n]
	cfg.Name = fmt.Sprintf("%s (fork after turn %d)", cfg.Name, n)
	cfg.Created = s.opt.Now()
	cr, err := s.newSession(r.Context(), settings{Class: cfg, Base: rec}, l.meta.Scenario)
	if err != nil {
		httpError(w, http.StatusInternalServerError, err.Error())
		return
	}
	writeJSON(w, cr)
}

func attach(w http.ResponseWriter, name, ctype string, b []byte) {
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", name))
	w.Header().Set("Cache-Control", "no-store")
	w.Write(b)
}

func (s *Server) download(w http.ResponseWriter, r *http.Request, l *live) {
	l.mu.Lock()
	b, err := save.Marshal(l.c.Record)
	l.mu.Unlock()
	if err != nil {
		httpError(w, http.StatusInternalServerError, err.Error())
		return
	}
	attach(w, l.id+".backchannel.json", "application/json", b)
}

// report is the instructor's after-action report, or with an actor that
// seat's students' own report.
func (s *Server) report(w http.ResponseWriter, r *http.Request, l *live) {
	var buf bytes.Buffer
	actor := r.PathValue("actor")
	l.mu.Lock()
	var err error
	if actor != "" {
		err = l.c.WriteStudentReport(&buf, actor)
	} else {
		rep := debrief.Analyze(l.c.Game, debrief.Options{Players: l.c.Record.HumanSeats()})
		err = debrief.WriteMarkdown(&buf, rep, l.c.Scen)
	}
	l.mu.Unlock()
	if err != nil {
		httpError(w, statusOf(err), userError(err))
		return
	}
	name := l.id + "-report.md"
	if actor != "" {
		name = l.id + "-" + actor + "-report.md"
	}
	attach(w, name, "text/markdown; charset=utf-8", buf.Bytes())
}

func (s *Server) activity(w http.ResponseWriter, r *http.Request, l *live) {
	var buf bytes.Buffer
	l.mu.Lock()
	err := l.c.WriteActivity(&buf, l.id)
	l.mu.Unlock()
	if err != nil {
		httpError(w, http.StatusInternalServerError, err.Error())
		return
	}
	attach(w, l.id+"-activity.csv", "text/csv; charset=utf-8", buf.Bytes())
}

// ---- students ---------------------------------------------------------------

// join answers a join code with the session's seats and their links.
func (s *Server) join(w http.ResponseWriter, r *http.Request) {
	ip := s.clientIP(r)
	if !s.limit.has("bad:"+ip, badRate, badBurst) {
		httpError(w, http.StatusTooManyRequests, "too many wrong codes from your address: wait a minute")
		return
	}
	code := strings.ToUpper(strings.TrimSpace(r.PathValue("code")))
	if len(code) == 8 {
		code = code[:4] + "-" + code[4:]
	}
	meta, err := s.st.ByCode(r.Context(), code)
	if err != nil {
		s.limit.allow("bad:"+ip, badRate, badBurst)
		httpError(w, http.StatusNotFound, "no session has the code "+strconv.Quote(r.PathValue("code"))+": check it with your instructor")
		return
	}
	l, err := s.session(r.Context(), meta.ID)
	if err != nil {
		httpError(w, http.StatusInternalServerError, err.Error())
		return
	}
	if l.expired() {
		httpError(w, http.StatusGone, class.ErrExpired.Error())
		return
	}
	toks, err := s.st.Tokens(r.Context(), meta.ID)
	if err != nil {
		httpError(w, http.StatusInternalServerError, err.Error())
		return
	}
	type seat struct {
		Actor   string `json:"actor"`
		Name    string `json:"name"`
		Team    string `json:"team,omitempty"`
		Members int    `json:"members"`
		Max     int    `json:"max"`
		Full    bool   `json:"full"`
		Link    string `json:"link,omitempty"`
	}
	out := struct {
		Name  string `json:"name"`
		Seats []seat `json:"seats"`
	}{Name: meta.Name, Seats: []seat{}}
	l.mu.Lock()
	for _, st := range l.c.Cfg.Seats {
		if !st.Human {
			continue
		}
		x := seat{Actor: st.Actor, Name: l.c.Scen.Actors[l.c.Game.ActorIndex(st.Actor)].Name, Team: st.Team,
			Members: len(l.c.Members[st.Actor]), Max: st.Max}
		x.Full = x.Members >= x.Max
		for _, t := range toks {
			if t.Actor == st.Actor && !x.Full {
				x.Link = "/s/" + t.Token
			}
		}
		out.Seats = append(out.Seats, x)
	}
	l.mu.Unlock()
	writeJSON(w, out)
}

// seatReport is a seat's own report, for its students.
func (s *Server) seatReport(w http.ResponseWriter, r *http.Request) {
	t, err := s.st.Lookup(r.Context(), r.URL.Query().Get("token"))
	if err != nil || t.Actor == "" {
		s.limit.allow("bad:"+s.clientIP(r), badRate, badBurst)
		httpError(w, http.StatusNotFound, "this link is not a seat of any session")
		return
	}
	l, err := s.session(r.Context(), t.Session)
	if err != nil {
		httpError(w, http.StatusInternalServerError, err.Error())
		return
	}
	var buf bytes.Buffer
	l.mu.Lock()
	err = l.c.WriteStudentReport(&buf, t.Actor)
	l.mu.Unlock()
	if err != nil {
		httpError(w, http.StatusInternalServerError, err.Error())
		return
	}
	attach(w, t.Actor+"-report.md", "text/markdown; charset=utf-8", buf.Bytes())
}
