package main

import (
	"crypto/ed25519"
	"encoding/hex"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Discord's signature headers, which the server verifies.
const (
	headerSignature = "X-Signature-Ed25519"
	headerTimestamp = "X-Signature-Timestamp"
)

// parsePrivateKey reads an Ed25519 private key in hex: the 32-byte seed or
// the 64-byte private key.
func parsePrivateKey(s string) (ed25519.PrivateKey, error) {
	raw, err := hex.DecodeString(strings.TrimSpace(s))
	if err != nil {
		return nil, fmt.Errorf("private key is not hex: %w", err)
	}
	switch len(raw) {
	case ed25519.SeedSize:
		return ed25519.NewKeyFromSeed(raw), nil
	case ed25519.PrivateKeySize:
		key := ed25519.PrivateKey(raw)
		if !key.Public().(ed25519.PublicKey).Equal(ed25519.NewKeyFromSeed(raw[:ed25519.SeedSize]).Public()) {
			return nil, fmt.Errorf("private key's public half does not match its seed")
		}
		return key, nil
	}
	return nil, fmt.Errorf("private key is %d bytes, want %d (seed) or %d", len(raw), ed25519.SeedSize, ed25519.PrivateKeySize)
}

// sign sets the headers Discord sends with an interaction: the timestamp
// and an Ed25519 signature over the timestamp followed by the body.
func sign(h http.Header, key ed25519.PrivateKey, body []byte, now time.Time) {
	ts := strconv.FormatInt(now.Unix(), 10)
	msg := make([]byte, 0, len(ts)+len(body))
	msg = append(append(msg, ts...), body...)
	h.Set(headerTimestamp, ts)
	h.Set(headerSignature, hex.EncodeToString(ed25519.Sign(key, msg)))
}
