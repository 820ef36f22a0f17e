package metrics

import (
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
)

func TestObserve(t *testing.T) {
	tests := []struct {
		name     string
		calls    [][2]string // command, outcome
		command  string
		outcome  string
		want     float64
		wantHist uint64
	}{
		{name: "none", command: "ask", outcome: "ok", want: 0, wantHist: 0},
		{name: "one", calls: [][2]string{{"ask", "ok"}}, command: "ask", outcome: "ok", want: 1, wantHist: 1},
		{
			name:    "outcomes counted apart",
			calls:   [][2]string{{"ask", "ok"}, {"ask", "error"}, {"ask", "ok"}, {"who", "ok"}},
			command: "ask", outcome: "ok", want: 2, wantHist: 3,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := New()
			for _, c := range tt.calls {
				m.Observe(c[0], c[1], 120*time.Millisecond)
			}
			if got := testutil.ToFloat64(m.interactions.WithLabelValues(tt.command, tt.outcome)); got != tt.want {
				t.Errorf("interactions{%s,%s} = %v, want %v", tt.command, tt.outcome, got, tt.want)
			}
			if got := histogramCount(t, m, tt.command); got != tt.wantHist {
				t.Errorf("answer_duration_seconds_count{%s} = %d, want %d", tt.command, got, tt.wantHist)
			}
		})
	}
}

// histogramCount returns the sample count of the latency histogram for command.
func histogramCount(t *testing.T, m *Metrics, command string) uint64 {
	t.Helper()
	families, err := m.Gatherer().Gather()
	if err != nil {
		t.Fatalf("gather: %v", err)
	}
	for _, f := range families {
		if f.GetName() != Namespace+"_answer_duration_seconds" {
			continue
		}
		for _, metric := range f.GetMetric() {
			for _, l := range metric.GetLabel() {
				if l.GetName() == "command" && l.GetValue() == command {
					return metric.GetHistogram().GetSampleCount()
				}
			}
		}
	}
	return 0
}

func TestCorpusRateLimitAndReloads(t *testing.T) {
	m := New()
	m.SetCorpus(4, 250)
	m.SetCorpus(5, 300) // a reload replaces, not adds
	m.RateLimited()
	m.Observe("ask", OutcomeRateLimited, time.Millisecond) // the router's way
	m.Observe("ask", "ok", time.Millisecond)
	m.Reloaded(nil)
	m.Reloaded(errors.New("corpus: bad file"))
	m.Reloaded(nil)

	tests := []struct {
		name string
		got  float64
		want float64
	}{
		{"articles", testutil.ToFloat64(m.articles), 5},
		{"passages", testutil.ToFloat64(m.passages), 300},
		{"rate limited", testutil.ToFloat64(m.rateLimited), 2},
		{"reloads ok", testutil.ToFloat64(m.reloads.WithLabelValues(ReloadOK)), 2},
		{"reloads error", testutil.ToFloat64(m.reloads.WithLabelValues(ReloadFailed)), 1},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %v, want %v", tt.name, tt.got, tt.want)
		}
	}
}

func TestHandlerExposition(t *testing.T) {
	m := New()
	m.Observe("ask", "ok", 2*time.Second)
	m.SetCorpus(4, 250)

	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("status = %d, want 200", rec.Code)
	}
	body, _ := io.ReadAll(rec.Body)
	for _, want := range []string{
		`crisisbot_interactions_total{command="ask",outcome="ok"} 1`,
		`crisisbot_answer_duration_seconds_bucket{command="ask",le="2.5"} 1`,
		`crisisbot_answer_duration_seconds_bucket{command="ask",le="1"} 0`,
		`crisisbot_passages_indexed 250`,
		`crisisbot_articles 4`,
		`crisisbot_rate_limited_total 0`,
		`crisisbot_reloads_total{result="error"} 0`,
		`go_goroutines `,
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("exposition lacks %q", want)
		}
	}
}

func TestRegistriesAreIndependent(t *testing.T) {
	a, b := New(), New() // would panic on duplicate registration with a shared registry
	a.RateLimited()
	if got := testutil.ToFloat64(b.rateLimited); got != 0 {
		t.Errorf("second Metrics sees first's counter: %v", got)
	}
}

func TestInstrumentHTTP(t *testing.T) {
	m := New()
	h := m.InstrumentHTTP("/interactions", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Signature-Ed25519") == "" {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		_, _ = io.WriteString(w, `{"type":1}`)
	}))
	signed := httptest.NewRequest(http.MethodPost, "/interactions", nil)
	signed.Header.Set("X-Signature-Ed25519", "00")
	for _, req := range []*http.Request{
		signed,
		httptest.NewRequest(http.MethodPost, "/interactions", nil),
		httptest.NewRequest(http.MethodPost, "/interactions", nil),
	} {
		h.ServeHTTP(httptest.NewRecorder(), req)
	}
	tests := []struct {
		code string
		want float64
	}{{"200", 1}, {"401", 2}, {"500", 0}}
	for _, tt := range tests {
		if got := testutil.ToFloat64(m.httpRequests.WithLabelValues("/interactions", tt.code)); got != tt.want {
			t.Errorf("http_requests_total{code=%s} = %v, want %v", tt.code, got, tt.want)
		}
	}
	if got := testutil.CollectAndCount(m.httpDuration); got != 1 {
		t.Errorf("%d duration series, want 1 (one route)", got)
	}
}
