package server

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"
)

// BenchmarkInteraction measures one signed slash command through the whole
// endpoint (signature check, decoding, fake handler, encoding).
func BenchmarkInteraction(b *testing.B) {
	k := newKeys(b)
	s, _ := newTestServer(b, k, newFakeHandler())
	body, err := os.ReadFile("testdata/command.json")
	if err != nil {
		b.Fatal(err)
	}
	headers := k.sign(body, testNow)
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest(http.MethodPost, "/interactions", bytes.NewReader(body))
		req.Header = headers
		rec := httptest.NewRecorder()
		s.Handler().ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d", rec.Code)
		}
	}
}
