package game

import (
	"errors"
	"fmt"
)

// Errors that name the rule an order broke. Check and Resolve wrap them in
// an OrderError that says which order.
var (
	ErrUnknownActor    = errors.New("unknown actor")
	ErrUnknownIssue    = errors.New("unknown issue")
	ErrUnknownOption   = errors.New("unknown option")
	ErrUnknownOffer    = errors.New("unknown offer")
	ErrUnknownKind     = errors.New("unknown order kind")
	ErrNoCapital       = errors.New("not enough political capital")
	ErrNotController   = errors.New("not the controller of the issue")
	ErrNeedsConsent    = errors.New("the option needs other actors' consent or a ratification vote")
	ErrOfferExpired    = errors.New("offer expired")
	ErrNotRecipient    = errors.New("not a recipient of the offer")
	ErrAlreadyAnswered = errors.New("offer already answered")
	ErrNoTerms         = errors.New("an offer needs at least one term")
	ErrBadRecipient    = errors.New("bad recipient")
	ErrTermActor       = errors.New("a term binds an actor who is not a party")
	ErrNoForum         = errors.New("no open forum where both sides meet")
	ErrBadLinkage      = errors.New("unknown linkage level")
	ErrBadChannel      = errors.New("unknown channel")
	ErrUnknownTerm     = errors.New("unknown agreement or term")
	ErrNotYourTerm     = errors.New("the term binds another actor")
	ErrTermClosed      = errors.New("the term is no longer pending")
	ErrUnknownDilemma  = errors.New("unknown or closed dilemma")
	ErrUnknownChoice   = errors.New("unknown choice")
	ErrCannotLeak      = errors.New("can only leak a private offer, or a public one's secret terms, one has seen")
	ErrDuplicate       = errors.New("the same thing ordered twice in one turn")
	ErrGameOver        = errors.New("the game is over")
	ErrTooMany         = errors.New("too many orders")
	ErrNoChange        = errors.New("the issue is already at that option")
	// ErrPromiseNotControlled: a term promises an issue its actor does not decide.
	ErrPromiseNotControlled = errors.New("a term promises what its actor does not decide")
	// ErrConsentOutside: a term needs the consent of an actor outside the offer.
	ErrConsentOutside = errors.New("a term needs the consent of someone outside the offer")
	// ErrIrreversible: the issue has reached an option that cannot be undone.
	ErrIrreversible = errors.New("that step cannot be undone")
	// ErrNotNear: a loosely worded term is claimed with an option outside its
	// neighbourhood, or a precise term with another option.
	ErrNotNear = errors.New("that option does not keep the promise")
	// ErrSummitOnly: in a summit session only answers to its offers count.
	ErrSummitOnly = errors.New("at the summit table, only answers to the offers made there count")
	// ErrAllSecret: a public offer whose every term is secret says nothing.
	ErrAllSecret = errors.New("a public offer needs at least one term that is not secret")
)

// OrderError says which order of which actor broke which rule.
type OrderError struct {
	Actor string
	Index int
	Kind  OrderKind
	Err   error
}

func (e *OrderError) Error() string {
	return fmt.Sprintf("game: %s order %d (%s): %v", e.Actor, e.Index+1, e.Kind, e.Err)
}

// Unwrap lets errors.Is find the rule.
func (e *OrderError) Unwrap() error { return e.Err }
