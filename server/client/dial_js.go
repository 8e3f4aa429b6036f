//go:build js

package client

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"syscall/js"
)

// dialWS opens the page's own WebSocket (the browser sends the page's
// origin). github.com/coder/websocket does the same in a browser, but its
// package brings net/http, and with it crypto/tls and crypto/x509, into
// the browser build: 1.1 MB of its 18 MB of code, all compiled and
// initialised before the game's first frame (issue 13: start within 1.3×
// a bare ebiten app).
func dialWS(ctx context.Context, url, _ string) (wsConn, error) {
	c := &jsConn{notify: make(chan struct{}, 1), opened: make(chan struct{})}
	if err := c.open(url); err != nil {
		return nil, err
	}
	select {
	case <-c.opened:
	case <-c.notify:
		// Closed before it opened: the server refused or is down.
		c.closeNow()
		return nil, c.err()
	case <-ctx.Done():
		c.closeNow()
		return nil, ctx.Err()
	}
	if err := c.err(); err != nil {
		return nil, err
	}
	return c, nil
}

// jsConn is a wsConn over the browser's WebSocket. Its event handlers run
// in the page's event loop and must not block: they queue what came and
// nudge notify; read waits on that.
type jsConn struct {
	ws       js.Value
	handlers []js.Func
	opened   chan struct{}
	notify   chan struct{} // one nudge is enough: read looks at the queue again

	mu     sync.Mutex
	queue  [][]byte
	closed error // why the connection ended, once it has
}

// errClosed is the reason of a connection closed by this side.
var errClosed = errors.New("the connection was closed")

func (c *jsConn) open(url string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("cannot open a WebSocket to %s: %v", url, r)
		}
	}()
	c.ws = js.Global().Get("WebSocket").New(url)
	c.ws.Set("binaryType", "arraybuffer")
	c.on("open", func(js.Value) { close(c.opened) })
	c.on("message", func(e js.Value) {
		data := e.Get("data")
		var b []byte
		if data.Type() == js.TypeString {
			b = []byte(data.String())
		} else {
			arr := js.Global().Get("Uint8Array").New(data)
			b = make([]byte, arr.Length())
			js.CopyBytesToGo(b, arr)
		}
		c.mu.Lock()
		c.queue = append(c.queue, b)
		c.mu.Unlock()
		c.nudge()
	})
	c.on("close", func(e js.Value) {
		c.end(fmt.Errorf("the WebSocket closed (code %d)", e.Get("code").Int()))
	})
	return nil
}

// on sets the handler of one of the socket's events.
func (c *jsConn) on(event string, f func(js.Value)) {
	fn := js.FuncOf(func(_ js.Value, args []js.Value) any {
		f(args[0])
		return nil
	})
	c.handlers = append(c.handlers, fn)
	c.ws.Set("on"+event, fn)
}

func (c *jsConn) nudge() {
	select {
	case c.notify <- struct{}{}:
	default:
	}
}

// end records why the connection ended (the first reason counts), and
// wakes a reader.
func (c *jsConn) end(why error) {
	c.mu.Lock()
	if c.closed == nil {
		c.closed = why
	}
	c.mu.Unlock()
	c.nudge()
}

func (c *jsConn) err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.closed
}

func (c *jsConn) read(ctx context.Context) ([]byte, error) {
	for {
		c.mu.Lock()
		if len(c.queue) > 0 {
			b := c.queue[0]
			c.queue = c.queue[1:]
			c.mu.Unlock()
			return b, nil
		}
		closed := c.closed
		c.mu.Unlock()
		if closed != nil {
			return nil, closed
		}
		select {
		case <-c.notify:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

func (c *jsConn) write(_ context.Context, b []byte) (err error) {
	if err := c.err(); err != nil {
		return err
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("sending on the WebSocket: %v", r)
		}
	}()
	c.ws.Call("send", string(b)) // a text message, as the server reads it
	return nil
}

// close closes the connection normally; closeNow does too, since the page
// waits for no handshake. The handlers go with it.
func (c *jsConn) close() { c.closeNow() }
func (c *jsConn) closeNow() {
	c.end(errClosed)
	c.mu.Lock()
	handlers := c.handlers
	c.handlers = nil
	c.mu.Unlock()
	if handlers == nil {
		return
	}
	for _, ev := range []string{"open", "message", "close"} {
		c.ws.Set("on"+ev, js.Null())
	}
	func() {
		defer func() { recover() }() // a socket closed already
		c.ws.Call("close", 1000)
	}()
	for _, fn := range handlers {
		fn.Release()
	}
}
