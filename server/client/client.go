// Package client is a seat of a class server over WebSocket: the
// class.Seat that `backchannel join` and the tests drive. It holds the
// protocol's messages, and builds for js/wasm as well, so the browser
// build can use it too. A dropped connection is dialled again until the
// client is closed, and the server sends the seat's view on each
// connection, so a client carries on across a server restart.
package client

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	"backchannel/game"
	"backchannel/game/class"
)

// In is a message from a seat's client.
type In struct {
	ID   int    `json:"id"`
	Type string `json:"type"` // join, draft, hand_in, check
	Name string `json:"name,omitempty"`
	// Orders, or Text: orders in the short text form, one a line.
	Orders []game.Order `json:"orders,omitempty"`
	Text   string       `json:"text,omitempty"`
}

// Out is a message to a seat's client.
type Out struct {
	Type string `json:"type"` // view, ack, error
	ID   int    `json:"id,omitempty"`
	// View is the seat's view (type view); You says whether this client
	// has joined the seat and under which name.
	View *class.SeatView `json:"view,omitempty"`
	You  *You            `json:"you,omitempty"`
	// Seq is the stored event that an ack confirms.
	Seq   int    `json:"seq,omitempty"`
	Error string `json:"error,omitempty"`
	// Fatal errors end the connection: a bad link, an ended session.
	Fatal bool `json:"fatal,omitempty"`
}

// You is the client's own place at its seat.
type You struct {
	Joined bool   `json:"joined"`
	Name   string `json:"name,omitempty"`
}

// ErrDisconnected: the connection dropped before the answer came. The
// request may or may not have been stored; State tells.
var ErrDisconnected = errors.New("the connection to the class server dropped")

// Client is one student's connection to a seat.
type Client struct {
	url string
	// OnMessage, if set before Dial returns, sees every message received,
	// as sent.
	onMessage func([]byte)

	mu       sync.Mutex
	conn     wsConn
	view     *class.SeatView
	you      You
	fatal    error
	next     int
	pending  map[int]chan Out
	changed  chan struct{} // closed and replaced on each view
	ctx      context.Context
	cancel   context.CancelFunc
	done     chan struct{}
	connects int // connections made, the first included
}

// Options tune Dial.
type Options struct {
	// OnMessage sees every message received, as sent.
	OnMessage func([]byte)
	// Origin is sent as the Origin header (a browser's page would).
	Origin string
}

// Dial connects to a seat: base is the server's http(s) URL, token the
// seat's, member this student's own id (16 to 64 letters, digits, - or _).
func Dial(ctx context.Context, base, token, member string, opt Options) (*Client, error) {
	u, err := url.Parse(base)
	if err != nil {
		return nil, err
	}
	u.Scheme = strings.Replace(u.Scheme, "http", "ws", 1)
	u.Path = "/ws"
	u.RawQuery = url.Values{"token": {token}, "member": {member}}.Encode()
	c := &Client{url: u.String(), onMessage: opt.OnMessage, pending: map[int]chan Out{}, changed: make(chan struct{}), done: make(chan struct{})}
	c.ctx, c.cancel = context.WithCancel(context.Background())
	conn, err := c.dial(ctx, opt.Origin)
	if err != nil {
		c.cancel()
		return nil, err
	}
	go c.run(conn, opt.Origin)
	return c, nil
}

func (c *Client) dial(ctx context.Context, origin string) (wsConn, error) {
	conn, err := dialWS(ctx, c.url, origin)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	c.conn = conn
	c.connects++
	c.mu.Unlock()
	return conn, nil
}

// run reads messages, and dials again when the connection drops.
func (c *Client) run(conn wsConn, origin string) {
	defer close(c.done)
	for {
		c.read(conn)
		c.mu.Lock()
		for id, ch := range c.pending {
			close(ch)
			delete(c.pending, id)
		}
		stop := c.fatal != nil
		c.mu.Unlock()
		if stop || c.ctx.Err() != nil {
			return
		}
		wait := 50 * time.Millisecond
		for {
			select {
			case <-c.ctx.Done():
				return
			case <-time.After(wait):
			}
			dctx, cancel := context.WithTimeout(c.ctx, 5*time.Second)
			var err error
			conn, err = c.dial(dctx, origin)
			cancel()
			if err == nil {
				break
			}
			wait = min(wait*2, time.Second)
		}
	}
}

func (c *Client) read(conn wsConn) {
	defer conn.closeNow()
	for {
		data, err := conn.read(c.ctx)
		if err != nil {
			return
		}
		if c.onMessage != nil {
			c.onMessage(data)
		}
		var o Out
		if err := json.Unmarshal(data, &o); err != nil {
			// A message this client cannot read is a version mismatch:
			// carrying on would show a stale view as if it were current.
			c.mu.Lock()
			c.fatal = fmt.Errorf("cannot read the class server's message: %v", err)
			close(c.changed)
			c.changed = make(chan struct{})
			c.mu.Unlock()
			return
		}
		c.mu.Lock()
		switch {
		case o.Type == "view" && o.View != nil:
			if v := o.View; v.LogFrom > 0 {
				// Only the newer entries came: the rest are the last view's.
				if c.view == nil || len(c.view.Log) < v.LogFrom {
					c.fatal = errors.New("the class server sent a view this client cannot follow: reconnect")
					close(c.changed)
					c.changed = make(chan struct{})
					c.mu.Unlock()
					return
				}
				v.Log = append(c.view.Log[:v.LogFrom:v.LogFrom], v.Log...)
				v.LogFrom = 0
			}
			if c.view != nil {
				if o.View.View == nil {
					o.View.View = c.view.View // the game has not changed
					o.View.Report = c.view.Report
				} else if o.View.View.Scenario == nil {
					o.View.View.Scenario = c.view.View.Scenario // sent in the first view only
				}
			}
			c.view = o.View
			if o.You != nil {
				c.you = *o.You
			}
			close(c.changed)
			c.changed = make(chan struct{})
		case o.Fatal:
			c.fatal = errors.New(o.Error)
			close(c.changed)
			c.changed = make(chan struct{})
		case o.ID != 0:
			if ch, ok := c.pending[o.ID]; ok {
				ch <- o
				delete(c.pending, o.ID)
			}
		}
		c.mu.Unlock()
		if o.Fatal {
			return
		}
	}
}

// request sends a message and waits for its answer.
func (c *Client) request(ctx context.Context, in In) (Out, error) {
	c.mu.Lock()
	if c.fatal != nil {
		c.mu.Unlock()
		return Out{}, c.fatal
	}
	c.next++
	in.ID = c.next
	ch := make(chan Out, 1)
	c.pending[in.ID] = ch
	conn := c.conn
	c.mu.Unlock()
	b, err := json.Marshal(in)
	if err != nil {
		return Out{}, err
	}
	if err := conn.write(ctx, b); err != nil {
		c.mu.Lock()
		delete(c.pending, in.ID)
		c.mu.Unlock()
		return Out{}, ErrDisconnected
	}
	select {
	case o, ok := <-ch:
		if !ok {
			return Out{}, ErrDisconnected
		}
		if o.Type == "error" {
			return o, errors.New(o.Error)
		}
		return o, nil
	case <-ctx.Done():
		return Out{}, ctx.Err()
	}
}

// Join joins the seat under a name (again after a reload: nothing changes).
func (c *Client) Join(ctx context.Context, name string) error {
	_, err := c.request(ctx, In{Type: "join", Name: name})
	return err
}

// Check reports whether the orders would be accepted now.
func (c *Client) Check(ctx context.Context, orders []game.Order) error {
	_, err := c.request(ctx, In{Type: "check", Orders: orders})
	return err
}

// Draft saves the team's work in progress.
func (c *Client) Draft(ctx context.Context, orders []game.Order) error {
	_, err := c.request(ctx, In{Type: "draft", Orders: orders})
	return err
}

// HandIn hands in the seat's orders; the server has stored them when it
// returns nil. It returns the stored event's number.
func (c *Client) HandIn(ctx context.Context, orders []game.Order) error {
	_, err := c.HandInSeq(ctx, orders)
	return err
}

// HandInSeq is HandIn, returning the number of the stored event.
func (c *Client) HandInSeq(ctx context.Context, orders []game.Order) (int, error) {
	o, err := c.request(ctx, In{Type: "hand_in", Orders: orders})
	return o.Seq, err
}

// State is the latest view, waiting for the first.
func (c *Client) State(ctx context.Context) (*class.SeatView, error) {
	return c.until(ctx, func(v *class.SeatView) bool { return true })
}

// You says whether this client has joined, as of the latest view.
func (c *Client) You() You {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.you
}

// Wait returns the view once the game has resolved more than round
// times (Clock.Round): after a summit session too, where the turn stays.
func (c *Client) Wait(ctx context.Context, round int) (*class.SeatView, error) {
	return c.until(ctx, func(v *class.SeatView) bool { return v.Clock.Round > round || v.Clock.Over })
}

// Next returns the first view other than last (each view received is a
// new one).
func (c *Client) Next(ctx context.Context, last *class.SeatView) (*class.SeatView, error) {
	return c.until(ctx, func(v *class.SeatView) bool { return v != last })
}

// Until returns the first view for which ok holds.
func (c *Client) Until(ctx context.Context, ok func(*class.SeatView) bool) (*class.SeatView, error) {
	return c.until(ctx, ok)
}

// Connections is how many connections the client has made, the first
// included: more than one after a reconnection.
func (c *Client) Connections() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.connects
}

func (c *Client) until(ctx context.Context, ok func(*class.SeatView) bool) (*class.SeatView, error) {
	for {
		c.mu.Lock()
		v, fatal, ch := c.view, c.fatal, c.changed
		c.mu.Unlock()
		if fatal != nil {
			return v, fatal
		}
		if v != nil && ok(v) {
			return v, nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return v, fmt.Errorf("waiting for the class server: %w", ctx.Err())
		}
	}
}

// Close ends the connection for good.
func (c *Client) Close() {
	c.cancel()
	c.mu.Lock()
	if c.conn != nil {
		c.conn.close()
	}
	c.mu.Unlock()
	<-c.done
}

var _ class.Seat = (*Client)(nil)

// wsConn is one WebSocket connection to the server, carrying text
// messages: github.com/coder/websocket's on the desktop (dial_other.go),
// the browser's own in the page (dial_js.go).
type wsConn interface {
	// read returns the next message, or why the connection ended.
	read(ctx context.Context) ([]byte, error)
	write(ctx context.Context, b []byte) error
	// close ends the connection with a normal closure; closeNow at once.
	close()
	closeNow()
}
