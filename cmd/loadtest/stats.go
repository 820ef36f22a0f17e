package main

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"sort"
	"text/tabwriter"
	"time"
)

// outcome is what became of one request.
type outcome struct {
	kind    kind
	latency time.Duration
	// status is the HTTP status; 0 when the request failed before a
	// response (connection refused, timeout).
	status int
	// ephemeral marks a 200 reply only the user sees: an error message,
	// a rate limit notice or a "no results" notice rather than an answer.
	ephemeral bool
}

// recorder collects outcomes. Each worker has its own, merged at the end,
// so recording takes no lock.
type recorder struct {
	latencies map[kind][]time.Duration
	statuses  map[int]int
	ephemeral map[kind]int
	// transportErrors holds one example message per distinct error.
	transportErrors map[string]int
}

func newRecorder() *recorder {
	return &recorder{
		latencies:       make(map[kind][]time.Duration),
		statuses:        make(map[int]int),
		ephemeral:       make(map[kind]int),
		transportErrors: make(map[string]int),
	}
}

// record adds one outcome; err is the transport error when status is 0.
func (r *recorder) record(o outcome, err error) {
	r.latencies[o.kind] = append(r.latencies[o.kind], o.latency)
	r.statuses[o.status]++
	if o.ephemeral {
		r.ephemeral[o.kind]++
	}
	if err != nil {
		r.transportErrors[err.Error()]++
	}
}

// merge adds other's outcomes to r.
func (r *recorder) merge(other *recorder) {
	for k, ls := range other.latencies {
		r.latencies[k] = append(r.latencies[k], ls...)
	}
	for s, n := range other.statuses {
		r.statuses[s] += n
	}
	for k, n := range other.ephemeral {
		r.ephemeral[k] += n
	}
	for e, n := range other.transportErrors {
		r.transportErrors[e] += n
	}
}

// summary is the latency distribution of a set of requests.
type summary struct {
	Count              int
	P50, P95, P99, Max time.Duration
}

// summarize sorts ls and reads its percentiles (nearest rank).
func summarize(ls []time.Duration) summary {
	if len(ls) == 0 {
		return summary{}
	}
	sorted := slices.Clone(ls)
	slices.Sort(sorted)
	return summary{
		Count: len(sorted),
		P50:   percentile(sorted, 50),
		P95:   percentile(sorted, 95),
		P99:   percentile(sorted, 99),
		Max:   sorted[len(sorted)-1],
	}
}

// percentile is the nearest-rank p-th percentile of sorted, which must not
// be empty.
func percentile(sorted []time.Duration, p float64) time.Duration {
	rank := int(float64(len(sorted))*p/100+0.999999) - 1
	return sorted[min(max(rank, 0), len(sorted)-1)]
}

// all returns every latency recorded, of every kind.
func (r *recorder) all() []time.Duration {
	var ls []time.Duration
	for _, k := range slices.Sorted(maps.Keys(r.latencies)) {
		ls = append(ls, r.latencies[k]...)
	}
	return ls
}

// report writes the results of a run that took elapsed.
func (r *recorder) report(w io.Writer, elapsed time.Duration, concurrency int) error {
	total := summarize(r.all())
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "requests\t%d\tin %v at concurrency %d\t\n", total.Count, elapsed.Round(time.Millisecond), concurrency)
	if elapsed > 0 {
		fmt.Fprintf(tw, "throughput\t%.0f/s\t\t\n", float64(total.Count)/elapsed.Seconds())
	}
	fmt.Fprintln(tw, "\nkind\tcount\tp50\tp95\tp99\tmax\tephemeral\t")
	for _, k := range slices.Sorted(maps.Keys(r.latencies)) {
		s := summarize(r.latencies[k])
		fmt.Fprintf(tw, "%s\t%d\t%v\t%v\t%v\t%v\t%d\t\n", k, s.Count, ms(s.P50), ms(s.P95), ms(s.P99), ms(s.Max), r.ephemeral[k])
	}
	fmt.Fprintf(tw, "all\t%d\t%v\t%v\t%v\t%v\t\t\n", total.Count, ms(total.P50), ms(total.P95), ms(total.P99), ms(total.Max))
	fmt.Fprintln(tw, "\nstatus\tcount\t")
	for _, s := range slices.Sorted(maps.Keys(r.statuses)) {
		label := fmt.Sprint(s)
		if s == 0 {
			label = "no response"
		}
		fmt.Fprintf(tw, "%s\t%d\t\n", label, r.statuses[s])
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	errs := slices.Collect(maps.Keys(r.transportErrors))
	sort.Strings(errs)
	for i, e := range errs {
		if i == 5 {
			fmt.Fprintf(w, "… and %d more distinct errors\n", len(errs)-5)
			break
		}
		fmt.Fprintf(w, "error ×%d: %s\n", r.transportErrors[e], e)
	}
	return nil
}

// ms rounds a duration for the report.
func ms(d time.Duration) time.Duration {
	switch {
	case d >= time.Second:
		return d.Round(time.Millisecond)
	case d >= time.Millisecond:
		return d.Round(10 * time.Microsecond)
	}
	return d.Round(time.Microsecond)
}
