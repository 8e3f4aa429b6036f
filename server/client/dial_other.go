//go:build !js

package client

import (
	"context"

	"github.com/coder/websocket"
)

// dialWS connects with github.com/coder/websocket, sending origin as the
// Origin header when given (a browser's page would).
func dialWS(ctx context.Context, url, origin string) (wsConn, error) {
	var opts *websocket.DialOptions
	if origin != "" {
		opts = &websocket.DialOptions{HTTPHeader: map[string][]string{"Origin": {origin}}}
	}
	conn, _, err := websocket.Dial(ctx, url, opts)
	if err != nil {
		return nil, err
	}
	conn.SetReadLimit(32 << 20)
	return coderConn{conn}, nil
}

// coderConn is a wsConn over a github.com/coder/websocket connection.
type coderConn struct{ c *websocket.Conn }

func (c coderConn) read(ctx context.Context) ([]byte, error) {
	_, data, err := c.c.Read(ctx)
	return data, err
}

func (c coderConn) write(ctx context.Context, b []byte) error {
	return c.c.Write(ctx, websocket.MessageText, b)
}

func (c coderConn) close()    { c.c.Close(websocket.StatusNormalClosure, "") }
func (c coderConn) closeNow() { c.c.CloseNow() }
