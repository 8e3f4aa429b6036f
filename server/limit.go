//go:build !js

package server

import (
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"
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

// clientIP is the address a request came from, for the rate limits.
// Behind a reverse proxy every request comes from the proxy's address, so
// that one student's wrong codes would lock out the whole class: when the
// peer is one of Options.Proxies, the address is read from
// X-Forwarded-For instead, right to left, the first one that is not a
// proxy of ours (what a client writes further left can be forged). The
// header is believed only from those proxies.
func (s *Server) clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	if !s.trusted(host) {
		return host
	}
	hops := strings.Split(strings.Join(r.Header.Values("X-Forwarded-For"), ","), ",")
	for i := len(hops) - 1; i >= 0; i-- {
		hop := strings.TrimSpace(hops[i])
		if _, err := netip.ParseAddr(hop); err != nil {
			break // a mangled header: the proxy's address is all we know
		}
		if !s.trusted(hop) {
			return hop
		}
	}
	return host
}

// trusted reports whether addr is one of the configured proxies.
func (s *Server) trusted(addr string) bool {
	a, err := netip.ParseAddr(addr)
	if err != nil {
		return false
	}
	a = a.Unmap()
	for _, p := range s.opt.Proxies {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// ParseProxies reads a comma-separated list of addresses and ranges
// (10.0.0.5, 10.0.0.0/8, fd00::/8): the reverse proxies in front of the
// server.
func ParseProxies(list string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, f := range strings.Split(list, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if p, err := netip.ParsePrefix(f); err == nil {
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(f)
		if err != nil {
			return nil, fmt.Errorf("%q is neither an address nor a range of addresses such as 10.0.0.0/8", f)
		}
		out = append(out, netip.PrefixFrom(a.Unmap(), a.Unmap().BitLen()))
	}
	return out, nil
}
