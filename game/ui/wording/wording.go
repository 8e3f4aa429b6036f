// Package wording holds the small rules by which the screens turn the
// engine's numbers and ids into words for players: plurals, tidy numbers,
// offers named rather than numbered. It is pure Go, without ebiten, so it
// is tested without a window and shared by every screen.
package wording

import (
	"fmt"
	"math"
	"regexp"
	"strings"
)

// Plural returns "1 point" or "2 points".
func Plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// trailingZero matches a decimal fraction ending in zeros: "45.80", "3.0".
var trailingZero = regexp.MustCompile(`\b([0-9]+)\.([0-9]*?)0+\b`)

// Numbers tidies the numbers in an engine text: "45.80%" reads "45.8%" and
// "52.00" reads "52", so a change never shows more digits than it has.
func Numbers(s string) string {
	return trailingZero.ReplaceAllStringFunc(s, func(m string) string {
		p := trailingZero.FindStringSubmatch(m)
		if p[2] == "" {
			return p[1]
		}
		return p[1] + "." + p[2]
	})
}

// offerRef matches the engine's offer ids ("o12") and intelRef its
// intelligence reports' ("intel report i3"), inside cause texts.
var (
	offerRef = regexp.MustCompile(`\bo[0-9]+\b`)
	intelRef = regexp.MustCompile(`\bintel report i[0-9]+\b`)
	termRef  = regexp.MustCompile(`\bterm of agreement a[0-9]+\b`)
	agreeRef = regexp.MustCompile(`\bagreement a[0-9]+\b`)
	// offerHow is the engine's "(none linkage, private)" after an offer.
	offerHow = regexp.MustCompile(`\((explicit|implicit|none) linkage, (private|forum|public)\)`)
)

// Cause rewrites an engine cause such as "rejected o1, a public position"
// for players: "rejected your letter, a public position". offer names an
// offer as the player knows it ("your letter", "Moscow's letter"), or
// returns "" for one the player never saw.
func Cause(cause string, offer func(id string) string) string {
	cause = intelRef.ReplaceAllString(cause, "an intelligence report")
	cause = termRef.ReplaceAllString(cause, "a term of a deal")
	cause = agreeRef.ReplaceAllString(cause, "a deal")
	cause = offerHow.ReplaceAllStringFunc(cause, func(m string) string {
		p := offerHow.FindStringSubmatch(m)
		return "(" + offerHowWords(p[1], p[2]) + ")"
	})
	cause = offerRef.ReplaceAllStringFunc(cause, func(id string) string {
		if s := offer(id); s != "" {
			return s
		}
		return "an offer"
	})
	return Numbers(cause)
}

// Possessive is "Moscow's", or "your" for the player.
func Possessive(name string, mine bool) string {
	if mine {
		return "your"
	}
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}

// Points says a score difference rounded to whole points: "1 point",
// "12 points".
func Points(v float64) string {
	return Plural(int(math.Round(v)), "point", "points")
}

// List joins names as English does: "A", "A and B", "A, B and C"; "" for
// none.
func List(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// offerHowWords says an offer's linkage and channel as a player reads
// them: "no linkage, a private letter" for the engine's "none linkage,
// private".
func offerHowWords(linkage, channel string) string {
	if linkage == "none" {
		linkage = "no"
	}
	switch channel {
	case "private":
		channel = "a private letter"
	case "forum":
		channel = "at a forum meeting"
	case "public":
		channel = "in public"
	}
	return linkage + " linkage, " + channel
}
