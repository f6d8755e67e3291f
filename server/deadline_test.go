package server

import (
	"context"
	"errors"
	"testing"
	"time"
)

// TestWithDeadlineBehavesAsContextWithDeadline pins the lazy request deadline to
// context.WithDeadline's contract: Err and Done agree, the deadline ends it whether or not
// Done was asked for before, cancel ends it, values and derived contexts follow.
func TestWithDeadlineBehavesAsContextWithDeadline(t *testing.T) {
	type key struct{}
	base := context.WithValue(context.Background(), key{}, "v")
	// wait is how long a test waits for Done to close: generous, a loaded machine's timers
	// can be late; a wrong implementation never closes it.
	const wait = 10 * time.Second
	closed := func(ctx context.Context) bool {
		select {
		case <-ctx.Done():
			return true
		default:
			return false
		}
	}
	tests := []struct {
		name    string
		in      time.Duration // deadline from now
		askDone bool          // ask for Done before anything else
		cancel  bool
		wantErr error // once the deadline passed or cancel was called
	}{
		{"deadline passed, Done never asked before", -time.Second, false, false, context.DeadlineExceeded},
		{"deadline passed, Done asked first", -time.Second, true, false, context.DeadlineExceeded},
		{"deadline reached while waiting on Done", 20 * time.Millisecond, true, false, context.DeadlineExceeded},
		{"deadline reached without Done", 20 * time.Millisecond, false, false, context.DeadlineExceeded},
		{"cancelled before the deadline", time.Hour, false, true, context.Canceled},
		{"cancelled while waiting on Done", time.Hour, true, true, context.Canceled},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := time.Now().Add(tc.in)
			ctx, cancel := withDeadline(context.WithoutCancel(base), d)
			defer cancel()
			if _, ok := ctx.(*deadlineCtx); !ok {
				t.Fatalf("got %T, want the lazy deadline for a parent that is never cancelled", ctx)
			}
			if got, ok := ctx.Deadline(); !ok || !got.Equal(d) {
				t.Errorf("Deadline() = %v, %v; want %v", got, ok, d)
			}
			if ctx.Value(key{}) != "v" {
				t.Errorf("the parent's value is lost")
			}
			if tc.in > 0 && (ctx.Err() != nil || (tc.askDone && closed(ctx))) {
				t.Fatalf("ended before its deadline: %v", ctx.Err())
			}
			child, stopChild := context.WithCancel(ctx)
			defer stopChild()
			var done <-chan struct{}
			if tc.askDone {
				done = ctx.Done()
			}
			if tc.cancel {
				cancel()
			}
			if done == nil {
				// Without a Done asked for, Err alone must notice the deadline.
				for end := time.Now().Add(wait); ctx.Err() == nil && time.Now().Before(end); {
					time.Sleep(time.Millisecond)
				}
				done = ctx.Done()
			}
			select {
			case <-done:
			case <-time.After(wait):
				t.Fatalf("Done not closed %s after the deadline or cancel", wait)
			}
			if err := ctx.Err(); !errors.Is(err, tc.wantErr) {
				t.Errorf("Err() = %v, want %v", err, tc.wantErr)
			}
			select {
			case <-child.Done():
			case <-time.After(wait):
				t.Fatalf("a derived context did not end with it")
			}
			cancel() // a second end changes nothing
			if err := ctx.Err(); !errors.Is(err, tc.wantErr) {
				t.Errorf("Err() after cancel = %v, want %v", err, tc.wantErr)
			}
		})
	}
}

// TestWithDeadlineKeepsACancellableParent checks that a parent that can be cancelled (a
// net/http request's context) still cancels the request's context.
func TestWithDeadlineKeepsACancellableParent(t *testing.T) {
	parent, cancelParent := context.WithCancel(context.Background())
	ctx, cancel := withDeadline(parent, time.Now().Add(time.Hour))
	defer cancel()
	cancelParent()
	select {
	case <-ctx.Done():
	case <-time.After(10 * time.Second):
		t.Fatal("cancelling the parent did not end the request's context")
	}
	if !errors.Is(ctx.Err(), context.Canceled) {
		t.Errorf("Err() = %v, want Canceled", ctx.Err())
	}
}

// TestRequestContextCarriesItsRequest checks the request context serveExchange makes in
// place: requestFrom finds the request's state, the parent's values and deadline hold, and
// end cancels it, whether or not the parent can be cancelled.
func TestRequestContextCarriesItsRequest(t *testing.T) {
	type key struct{}
	tests := []struct {
		name   string
		parent func() (context.Context, context.CancelFunc)
		lazy   bool // the parent is never cancelled: the context is the deadlineCtx itself
	}{
		{"parent never cancelled", func() (context.Context, context.CancelFunc) {
			return context.WithoutCancel(context.WithValue(context.Background(), key{}, "v")), func() {}
		}, true},
		{"cancellable parent", func() (context.Context, context.CancelFunc) {
			return context.WithCancel(context.WithValue(context.Background(), key{}, "v"))
		}, false},
	}
	s := &Server{}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			parent, stopParent := tc.parent()
			defer stopParent()
			rq := &request{srv: s}
			d := time.Now().Add(time.Hour)
			var c deadlineCtx
			ctx := c.begin(parent, d, rq)
			if _, lazy := ctx.(*deadlineCtx); lazy != tc.lazy {
				t.Errorf("got %T; lazy deadline wanted: %v", ctx, tc.lazy)
			}
			if got := s.requestFrom(ctx); got != rq {
				t.Errorf("requestFrom gave %p, want the request's state %p", got, rq)
			}
			if ctx.Value(key{}) != "v" {
				t.Errorf("the parent's value is lost")
			}
			if got, ok := ctx.Deadline(); !ok || !got.Equal(d) {
				t.Errorf("Deadline() = %v, %v; want %v", got, ok, d)
			}
			if err := ctx.Err(); err != nil {
				t.Fatalf("ended before end: %v", err)
			}
			c.end()
			select {
			case <-ctx.Done():
			case <-time.After(10 * time.Second):
				t.Fatal("end did not close Done")
			}
			if !errors.Is(ctx.Err(), context.Canceled) {
				t.Errorf("Err() after end = %v, want Canceled", ctx.Err())
			}
		})
	}
}
