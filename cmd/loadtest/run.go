package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"sync"
	"sync/atomic"
	"time"
)

// ephemeralFlag is Discord's message flag for a reply only the user sees.
const ephemeralFlag = 1 << 6

// load is one load test: where to send, what, how hard and for how long.
type load struct {
	url         string
	key         ed25519.PrivateKey
	workload    workload
	mix         mix
	requests    int           // stop after this many requests
	concurrency int           // requests in flight at once
	duration    time.Duration // stop after this long
	seed        uint64
	timeout     time.Duration // per request
}

// checkLoopback refuses a target that is not on this machine: the load
// test must never hit a real service.
func checkLoopback(target string) error {
	u, err := url.Parse(target)
	if err != nil {
		return fmt.Errorf("target %q: %w", target, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("target %q: want an http:// or https:// URL", target)
	}
	host := u.Hostname()
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	return fmt.Errorf("target %q is not on loopback: the load test only sends to localhost, 127.0.0.0/8 or ::1", target)
}

// run sends interactions until the request count or the duration is
// reached, or ctx ends, and returns what happened and how long it took.
func (l *load) run(ctx context.Context) (*recorder, time.Duration, error) {
	if err := checkLoopback(l.url); err != nil {
		return nil, 0, err
	}
	ctx, cancel := context.WithTimeout(ctx, l.duration)
	defer cancel()
	transport := &http.Transport{
		MaxIdleConns:        l.concurrency,
		MaxIdleConnsPerHost: l.concurrency,
		IdleConnTimeout:     30 * time.Second,
	}
	defer transport.CloseIdleConnections()
	client := &http.Client{Transport: transport, Timeout: l.timeout}

	var issued atomic.Int64
	recorders := make([]*recorder, l.concurrency)
	var wg sync.WaitGroup
	start := time.Now()
	for w := range l.concurrency {
		recorders[w] = newRecorder()
		wg.Go(func() {
			r := rand.New(rand.NewPCG(l.seed, uint64(w)))
			for ctx.Err() == nil {
				id := issued.Add(1)
				if id > int64(l.requests) {
					return
				}
				o, err := l.send(ctx, client, r, int(id))
				if errors.Is(err, context.DeadlineExceeded) && ctx.Err() != nil {
					return // the run's time is up: not the server's fault
				}
				recorders[w].record(o, err)
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	all := newRecorder()
	for _, r := range recorders {
		all.merge(r)
	}
	return all, elapsed, nil
}

// send sends one signed interaction and reads the whole reply.
func (l *load) send(ctx context.Context, client *http.Client, r *rand.Rand, id int) (outcome, error) {
	k := l.mix.pick(r)
	o := outcome{kind: k}
	body, err := l.workload.interaction(r, k, id)
	if err != nil {
		return o, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, l.url, bytes.NewReader(body))
	if err != nil {
		return o, fmt.Errorf("new request: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	sign(req.Header, l.key, body, time.Now())
	start := time.Now()
	resp, err := client.Do(req)
	if err != nil {
		o.latency = time.Since(start)
		return o, fmt.Errorf("send %s: %w", k, err)
	}
	reply, err := io.ReadAll(resp.Body)
	o.latency = time.Since(start)
	resp.Body.Close()
	o.status = resp.StatusCode
	if err != nil {
		return o, fmt.Errorf("read %s reply: %w", k, err)
	}
	if resp.StatusCode == http.StatusOK {
		o.ephemeral = isEphemeral(reply)
	}
	return o, nil
}

// isEphemeral reports whether an interaction response is a message only
// the user sees.
func isEphemeral(reply []byte) bool {
	var resp struct {
		Data *struct {
			Flags int `json:"flags"`
		} `json:"data"`
	}
	if json.Unmarshal(reply, &resp) != nil || resp.Data == nil {
		return false
	}
	return resp.Data.Flags&ephemeralFlag != 0
}
