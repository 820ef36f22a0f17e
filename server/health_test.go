package server

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestCheckHealth(t *testing.T) {
	healthy := httptest.NewServer(http.HandlerFunc(healthz))
	defer healthy.Close()
	sick := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		http.Error(w, "draining", http.StatusServiceUnavailable)
	}))
	defer sick.Close()
	_, healthyPort, _ := net.SplitHostPort(healthy.Listener.Addr().String())

	// A port that was free a moment ago, so nothing answers there.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := ln.Addr().String()
	ln.Close()

	tests := []struct {
		name string
		addr string
		want string // substring of the error; "" means healthy
	}{
		{"host and port", healthy.Listener.Addr().String(), ""},
		{"port only, as in BOT_HTTP_ADDR=:8080", ":" + healthyPort, ""},
		{"all interfaces", "0.0.0.0:" + healthyPort, ""},
		{"unhealthy", sick.Listener.Addr().String(), "503 Service Unavailable: draining"},
		{"nothing listening", closed, "connection refused"},
		{"not an address", "localhost", "address \"localhost\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckHealth(context.Background(), tt.addr)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("CheckHealth(%q) = %v, want nil", tt.addr, err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("CheckHealth(%q) = %v, want an error containing %q", tt.addr, err, tt.want)
			}
		})
	}
}
