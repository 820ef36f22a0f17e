// Package metrics holds the bot's Prometheus metrics in a registry of their
// own (never the process-wide default registry) and serves them over HTTP.
//
// One Metrics value is created at start-up and handed to the parts that
// record: the command router (Observe, which also counts the requests its
// rate limiter refuses), the index loader (SetCorpus), the admin reload
// (Reloaded) and the HTTP server (InstrumentHTTP).
package metrics

import (
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Namespace prefixes every metric name.
const Namespace = "crisisbot"

// Outcomes of a reload, the values of the "result" label of
// crisisbot_reloads_total.
const (
	ReloadOK     = "ok"
	ReloadFailed = "error"
)

// latencyBuckets are the answer-latency histogram's upper bounds in seconds.
// They are dense around Discord's 3-second response deadline.
var latencyBuckets = []float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 2.5, 3, 5, 10}

// Metrics is the bot's set of metrics with its own registry. The zero value
// is not usable; create one with New. All methods are safe for concurrent use.
type Metrics struct {
	registry     *prometheus.Registry
	interactions *prometheus.CounterVec
	latency      *prometheus.HistogramVec
	passages     prometheus.Gauge
	articles     prometheus.Gauge
	rateLimited  prometheus.Counter
	reloads      *prometheus.CounterVec
	httpRequests *prometheus.CounterVec
	httpDuration *prometheus.HistogramVec
}

// New creates the metrics and registers them, together with the Go runtime
// and process collectors, in a new registry.
func New() *Metrics {
	m := &Metrics{
		registry: prometheus.NewRegistry(),
		interactions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: Namespace,
			Name:      "interactions_total",
			Help:      "Discord interactions handled, by command and outcome.",
		}, []string{"command", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: Namespace,
			Name:      "answer_duration_seconds",
			Help:      "Time to produce the response to an interaction, by command.",
			Buckets:   latencyBuckets,
		}, []string{"command"}),
		passages: prometheus.NewGauge(prometheus.GaugeOpts{
			Namespace: Namespace,
			Name:      "passages_indexed",
			Help:      "Passages in the loaded search index.",
		}),
		articles: prometheus.NewGauge(prometheus.GaugeOpts{
			Namespace: Namespace,
			Name:      "articles",
			Help:      "Articles in the loaded corpus.",
		}),
		rateLimited: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: Namespace,
			Name:      "rate_limited_total",
			Help:      "Requests refused because the user exceeded the rate limit.",
		}),
		reloads: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: Namespace,
			Name:      "reloads_total",
			Help:      "Corpus and index reloads, by result (ok or error).",
		}, []string{"result"}),
		httpRequests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: Namespace,
			Name:      "http_requests_total",
			Help:      "HTTP requests served, by route and status code (401 = bad signature).",
		}, []string{"route", "code"}),
		httpDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: Namespace,
			Name:      "http_request_duration_seconds",
			Help:      "Time to serve an HTTP request, by route.",
			Buckets:   latencyBuckets,
		}, []string{"route"}),
	}
	m.registry.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		m.interactions, m.latency, m.passages, m.articles, m.rateLimited, m.reloads,
		m.httpRequests, m.httpDuration,
	)
	// Both reload results exist from the start, so that a rate over them is
	// defined before the first reload.
	m.reloads.WithLabelValues(ReloadOK)
	m.reloads.WithLabelValues(ReloadFailed)
	return m
}

// Observe records one handled interaction: its command name, its outcome
// (for example "ok", "not_found", "error", "rate_limited") and how long
// producing the response took. It satisfies the command router's Observer.
func (m *Metrics) Observe(command, outcome string, d time.Duration) {
	m.interactions.WithLabelValues(command, outcome).Inc()
	m.latency.WithLabelValues(command).Observe(d.Seconds())
	if outcome == OutcomeRateLimited {
		m.RateLimited()
	}
}

// OutcomeRateLimited is the outcome the command router reports for a
// request refused by its rate limiter; Observe counts it as rate-limited too.
const OutcomeRateLimited = "rate_limited"

// SetCorpus records the size of the loaded corpus and index.
func (m *Metrics) SetCorpus(articles, passages int) {
	m.articles.Set(float64(articles))
	m.passages.Set(float64(passages))
}

// RateLimited counts one request refused by the rate limiter.
func (m *Metrics) RateLimited() {
	m.rateLimited.Inc()
}

// Reloaded counts one reload of the corpus and index; err is its result.
func (m *Metrics) Reloaded(err error) {
	result := ReloadOK
	if err != nil {
		result = ReloadFailed
	}
	m.reloads.WithLabelValues(result).Inc()
}

// InstrumentHTTP wraps the handler of one route so that its requests are
// counted by status code and timed. It fits server.Options.Instrument.
func (m *Metrics) InstrumentHTTP(route string, h http.Handler) http.Handler {
	labels := prometheus.Labels{"route": route}
	return promhttp.InstrumentHandlerCounter(m.httpRequests.MustCurryWith(labels),
		promhttp.InstrumentHandlerDuration(m.httpDuration.MustCurryWith(labels), h))
}

// Gatherer returns the registry, for tests and for pushing metrics elsewhere.
func (m *Metrics) Gatherer() prometheus.Gatherer {
	return m.registry
}

// Handler serves the metrics in the Prometheus text exposition format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{
		Registry:          m.registry, // counts scrape errors in the same registry
		EnableOpenMetrics: false,
	})
}
