package commands

import (
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// RateLimit is a token bucket per user: Burst requests at once, refilled at
// PerMinute requests a minute.
type RateLimit struct {
	PerMinute float64
	Burst     int
	// Disabled turns the limit off.
	Disabled bool
}

// The rate limit used when Options.RateLimit is the zero value.
const (
	DefaultPerMinute = 10
	DefaultBurst     = 5
)

// maxTrackedUsers is how many users' buckets are kept before idle, full
// buckets are forgotten (a forgotten bucket is the same as a new one).
const maxTrackedUsers = 10000

// userLimiter holds a token bucket for each user.
type userLimiter struct {
	cfg   RateLimit
	now   func() time.Time
	mu    sync.Mutex
	users map[string]*rate.Limiter
}

func newUserLimiter(cfg RateLimit, now func() time.Time) *userLimiter {
	return &userLimiter{cfg: cfg, now: now, users: make(map[string]*rate.Limiter)}
}

// allow takes a token from user's bucket and reports whether there was one;
// when there was not, it also says how long until there is.
func (l *userLimiter) allow(user string) (bool, time.Duration) {
	if l.cfg.Disabled {
		return true, 0
	}
	now := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	lim, ok := l.users[user]
	if !ok {
		if len(l.users) >= maxTrackedUsers {
			l.forgetFull(now)
		}
		lim = rate.NewLimiter(rate.Limit(l.cfg.PerMinute/60), l.cfg.Burst)
		l.users[user] = lim
	}
	r := lim.ReserveN(now, 1)
	if !r.OK() {
		return false, time.Minute
	}
	if d := r.DelayFrom(now); d > 0 {
		r.CancelAt(now)
		return false, d
	}
	return true, 0
}

// forgetFull drops the buckets that have refilled completely.
func (l *userLimiter) forgetFull(now time.Time) {
	for u, lim := range l.users {
		if lim.TokensAt(now) >= float64(l.cfg.Burst) {
			delete(l.users, u)
		}
	}
}
