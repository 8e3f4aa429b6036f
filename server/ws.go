//go:build !js

package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"time"

	"github.com/coder/websocket"

	"backchannel/game"
	"backchannel/game/class"
	"backchannel/server/client"
	"backchannel/server/store"
)

// Limits of the seat protocol.
const (
	maxMessage   = 64 << 10 // bytes in one message from a client
	msgRate      = 30       // messages a second a connection may send… (a quick machine plays a turn in a few)
	msgBurst     = 120      // …after a burst of this many
	writeTimeout = 10 * time.Second
)

// The protocol's messages live in package client, which the browser
// build can import.
type (
	In  = client.In
	Out = client.Out
	You = client.You
)

// seatConn is one client connected to a seat.
type seatConn struct {
	l      *live
	actor  string
	member string
	notify chan struct{}
	out    chan answer
	cancel context.CancelFunc
	// sent is what this connection has had of the seat's views: each
	// view carries only what changed (the seat's scenario, 26 KB of a
	// 33 KB view of letter-2009 at turn 1, goes once).
	sent class.Sent
}

// answer is a message for the client and, for an answer to a request,
// when the request was read (for Server.Answers).
type answer struct {
	Out
	read time.Time
}

func (sc *seatConn) poke() {
	select {
	case sc.notify <- struct{}{}:
	default:
	}
}

var memberID = regexp.MustCompile(`^[A-Za-z0-9_-]{16,64}$`)

// seatSocket serves /ws?token=T&member=M: a student's browser or desktop
// at a seat. The member id is the client's own random id, kept by the
// browser, so that a reload comes back as the same student.
func (s *Server) seatSocket(w http.ResponseWriter, r *http.Request) {
	ip := s.clientIP(r)
	if !s.limit.allow("ws:"+ip, connRate, connBurst) || !s.limit.has("bad:"+ip, badRate, badBurst) {
		httpError(w, http.StatusTooManyRequests, "too many attempts from your address: wait a minute")
		return
	}
	conn, err := websocket.Accept(w, r, &websocket.AcceptOptions{OriginPatterns: s.opt.Origins})
	if err != nil {
		return // Accept has answered (403 for a foreign origin)
	}
	defer conn.CloseNow()
	conn.SetReadLimit(maxMessage)
	ctx, cancel := context.WithCancel(s.ctx)
	defer cancel()
	fatal := func(msg string) {
		wctx, c := context.WithTimeout(ctx, writeTimeout)
		defer c()
		b, _ := json.Marshal(Out{Type: "error", Error: msg, Fatal: true})
		conn.Write(wctx, websocket.MessageText, b)
		conn.Close(websocket.StatusPolicyViolation, "")
	}
	token, member := r.URL.Query().Get("token"), r.URL.Query().Get("member")
	if !memberID.MatchString(member) {
		fatal("this browser sent no valid student id: reload the page")
		return
	}
	tok, err := s.st.Lookup(ctx, token)
	if err != nil || tok.Actor == "" {
		s.limit.allow("bad:"+ip, badRate, badBurst)
		fatal("this link is not a seat of any session: check it with your instructor")
		return
	}
	l, err := s.session(ctx, tok.Session)
	if err != nil {
		fatal("the session cannot be opened: " + err.Error())
		return
	}
	if l.expired() {
		fatal(class.ErrExpired.Error())
		return
	}
	sc := &seatConn{l: l, actor: tok.Actor, member: member, notify: make(chan struct{}, 1), out: make(chan answer, 16), cancel: cancel}
	l.mu.Lock()
	l.subs[sc] = struct{}{}
	l.mu.Unlock()
	defer func() {
		l.mu.Lock()
		delete(l.subs, sc)
		l.mu.Unlock()
	}()
	sc.poke()
	go sc.write(ctx, conn)
	bucket := newBucket(msgRate, msgBurst)
	for {
		_, data, err := conn.Read(ctx)
		if err != nil {
			return
		}
		read := time.Now()
		var in In
		if err := json.Unmarshal(data, &in); err != nil {
			sc.send(ctx, Out{Type: "error", Error: "the message is not JSON"}, read)
			continue
		}
		if !bucket.take() {
			sc.send(ctx, Out{Type: "error", ID: in.ID, Error: "too many messages: wait a moment"}, read)
			continue
		}
		sc.send(ctx, sc.handle(ctx, in), read)
	}
}

// send queues the answer to a request read at read.
func (sc *seatConn) send(ctx context.Context, o Out, read time.Time) {
	select {
	case sc.out <- answer{o, read}:
	case <-ctx.Done():
	}
}

// write sends answers, and the seat's view whenever it changed.
func (sc *seatConn) write(ctx context.Context, conn *websocket.Conn) {
	defer sc.cancel()
	put := func(o Out) bool {
		b, err := json.Marshal(o)
		if err != nil {
			sc.l.s.opt.Log.Printf("session %s: the view of %s: %v", sc.l.id, sc.actor, err)
			return false
		}
		wctx, cancel := context.WithTimeout(ctx, writeTimeout)
		defer cancel()
		return conn.Write(wctx, websocket.MessageText, b) == nil
	}
	for {
		// Answers go before views, so that an acknowledgement never waits
		// behind a large view.
		select {
		case a := <-sc.out:
			if !sc.answer(put, a) {
				return
			}
			continue
		default:
		}
		select {
		case <-ctx.Done():
			return
		case a := <-sc.out:
			if !sc.answer(put, a) {
				return
			}
		case <-sc.notify:
			o, err := sc.view()
			if err != nil {
				sc.l.s.opt.Log.Printf("session %s: the view of %s: %v", sc.l.id, sc.actor, err)
				return
			}
			if !put(o) {
				return
			}
		}
	}
}

// answer writes an answer with put and counts how long it took the server.
func (sc *seatConn) answer(put func(Out) bool, a answer) bool {
	if !put(a.Out) {
		return false
	}
	sc.l.s.answers.add(time.Since(a.read))
	return true
}

// view is the seat's current view.
func (sc *seatConn) view() (Out, error) {
	sc.l.mu.Lock()
	defer sc.l.mu.Unlock()
	v, next, err := sc.l.c.SeatView(sc.l.id, sc.actor, sc.sent)
	if err != nil {
		return Out{}, err
	}
	sc.sent = next
	m, ok := sc.l.c.Member(sc.actor, sc.member)
	return Out{Type: "view", View: v, You: &You{Joined: ok, Name: m.Name}}, nil
}

// handle carries out one request and says how it went.
func (sc *seatConn) handle(ctx context.Context, in In) Out {
	fail := func(err error) Out { return Out{Type: "error", ID: in.ID, Error: userError(err)} }
	orders := in.Orders
	if in.Text != "" {
		var err error
		if orders, err = parseOrders(in.Text); err != nil {
			return fail(err)
		}
	}
	var decide func(c *class.Class, now time.Time) (class.Event, error)
	switch in.Type {
	case "join":
		decide = func(c *class.Class, now time.Time) (class.Event, error) {
			ev, ok, err := c.Join(sc.actor, sc.member, in.Name, now)
			if err == nil && !ok {
				err = errNoEvent
			}
			return ev, err
		}
	case "draft":
		decide = func(c *class.Class, now time.Time) (class.Event, error) {
			return c.Draft(sc.actor, sc.member, orders, now)
		}
	case "hand_in":
		decide = func(c *class.Class, now time.Time) (class.Event, error) {
			return c.HandIn(sc.actor, sc.member, orders, now)
		}
	case "check":
		sc.l.mu.Lock()
		err := sc.l.c.Game.Check(sc.actor, orders)
		sc.l.mu.Unlock()
		if err != nil {
			return fail(err)
		}
		return Out{Type: "ack", ID: in.ID}
	default:
		return fail(fmt.Errorf("unknown request %q", in.Type))
	}
	ev, err := sc.l.act(ctx, decide)
	if errors.Is(err, errNoEvent) {
		return Out{Type: "ack", ID: in.ID}
	}
	if err != nil {
		return fail(err)
	}
	return Out{Type: "ack", ID: in.ID, Seq: ev.Seq}
}

func (l *live) expired() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.c.Expired(l.s.opt.Now())
}

// parseOrders reads orders in the short text form, one a line; blank
// lines and lines starting with # are skipped.
func parseOrders(text string) ([]game.Order, error) {
	var out []game.Order
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		o, err := game.ParseOrder(line)
		if err != nil {
			return nil, fmt.Errorf("line %d: %s", i+1, strings.TrimPrefix(err.Error(), "game: "))
		}
		out = append(out, o)
		if len(out) > class.MaxOrders {
			return nil, class.ErrTooMany
		}
	}
	return out, nil
}

// userError words an error for a student or instructor.
func userError(err error) string {
	var oe *game.OrderError
	switch {
	case errors.As(err, &oe):
		return fmt.Sprintf("order %d (%s): %v", oe.Index+1, oe.Kind, oe.Err)
	case errors.Is(err, store.ErrNotFound):
		return "not found"
	}
	return strings.TrimPrefix(err.Error(), "game: ")
}
