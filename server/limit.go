//go:build !js

package server

import (
	"net"
	"net/http"
	"sync"
	"time"
)

// bucket is a token bucket: rate tokens a second, up to burst.
type bucket struct {
	rate, burst, tokens float64
	last                time.Time
}

func newBucket(rate, burst float64) *bucket {
	return &bucket{rate: rate, burst: burst, tokens: burst, last: time.Now()}
}

func (b *bucket) refill(now time.Time) {
	b.tokens = min(b.burst, b.tokens+now.Sub(b.last).Seconds()*b.rate)
	b.last = now
}

// take spends a token if there is one.
func (b *bucket) take() bool {
	b.refill(time.Now())
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// limiter keeps a bucket per key (an address and what it asks for).
type limiter struct {
	mu sync.Mutex
	m  map[string]*bucket
}

func newLimiter() *limiter { return &limiter{m: map[string]*bucket{}} }

func (l *limiter) get(key string, rate, burst float64) *bucket {
	b := l.m[key]
	if b == nil {
		if len(l.m) > 50000 { // forget the idle ones rather than grow
			now := time.Now()
			for k, o := range l.m {
				if o.refill(now); o.tokens >= o.burst {
					delete(l.m, k)
				}
			}
		}
		b = newBucket(rate, burst)
		l.m[key] = b
	}
	return b
}

// allow spends a token of key's bucket.
func (l *limiter) allow(key string, rate, burst float64) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.get(key, rate, burst).take()
}

// has reports whether key's bucket has a token, without spending it.
func (l *limiter) has(key string, rate, burst float64) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.get(key, rate, burst)
	b.refill(time.Now())
	return b.tokens >= 1
}

// A whole class may sit behind one address, so the per-address limits
// are generous; failed look-ups of links and codes are limited hard, which
// is what makes guessing them pointless.
const (
	connRate, connBurst = 50, 500
	badRate, badBurst   = 0.2, 20
)

func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
