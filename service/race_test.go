//go:build race

package service

// raceEnabled is whether the tests run under the race detector, which
// makes the service several times slower: load tests then send less, so
// that Discord's three-second deadline measures the service, not the
// detector.
const raceEnabled = true
